#pragma once

#include "RecommendationCounts.h"
#include "ScoreSummary.h"
#include "WeightedTotal.h"
#include "debrief_core_export.h"

#include <QList>

namespace debrief {

class RatingMatrix;

/// Everything the comparison shows for one finalist before any test of
/// significance: per-criterion statistics, the weighted total with what it
/// is missing, and the recommendation distribution.
struct DEBRIEF_CORE_EXPORT FinalistSummary {
    int finalist = -1;
    /// Panelists who submitted a scorecard on this finalist.
    int scorecards = 0;
    /// One per criterion of the matrix, in its order.
    QList<ScoreSummary> criteria;
    WeightedTotal total;
    RecommendationCounts recommendations;

    static FinalistSummary of(const RatingMatrix& matrix, int finalist);
    /// The summaries of every finalist, in the matrix's order.
    static QList<FinalistSummary> all(const RatingMatrix& matrix);
};

} // namespace debrief
