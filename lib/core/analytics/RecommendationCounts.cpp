#include "RecommendationCounts.h"

#include "RatingMatrix.h"

namespace debrief {

RecommendationCounts RecommendationCounts::of(const RatingMatrix& matrix, int finalist) {
    RecommendationCounts result;
    for (int p = 0; p < matrix.panelistCount(); ++p) {
        if (!matrix.hasScorecard(finalist, p))
            continue;
        if (const auto value = matrix.recommendation(finalist, p))
            ++result.counts.at(std::size_t(*value));
        else
            ++result.missing;
    }
    return result;
}

} // namespace debrief
