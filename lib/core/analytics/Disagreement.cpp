#include "Disagreement.h"

#include "ScoreSummary.h"

namespace debrief {

bool Disagreement::among(const ScoreSummary& summary) {
    if (summary.count < 2)
        return false;
    if (summary.standardDeviation && *summary.standardDeviation >= kMinimumStandardDeviation)
        return true;
    return summary.minimum && summary.maximum &&
           *summary.maximum - *summary.minimum >= kMinimumRange;
}

} // namespace debrief
