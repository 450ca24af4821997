#include "Scorecard.h"

namespace debrief {

const CriterionRating* Scorecard::rating(RowId criterionId) const {
    for (const auto& r : ratings) {
        if (r.criterionId == criterionId)
            return &r;
    }
    return nullptr;
}

} // namespace debrief
