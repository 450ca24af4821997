#pragma once

#include "debrief_core_export.h"
#include "domain/Enums.h"

#include <array>

namespace debrief {

class RatingMatrix;

/// How a finalist's panel called it overall: strong no … strong yes, and
/// how many scorecards gave no recommendation.
struct DEBRIEF_CORE_EXPORT RecommendationCounts {
    /// Indexed by Recommendation (StrongNo, No, Yes, StrongYes).
    std::array<int, 4> counts{};
    /// Scorecards without a recommendation (missing, not a fifth level).
    int missing = 0;

    int count(Recommendation value) const { return counts.at(std::size_t(value)); }
    /// Recommendations given (missing ones not included).
    int given() const { return counts[0] + counts[1] + counts[2] + counts[3]; }

    static RecommendationCounts of(const RatingMatrix& matrix, int finalist);
};

} // namespace debrief
