#include "FinalistSummary.h"

#include "RatingMatrix.h"

namespace debrief {

FinalistSummary FinalistSummary::of(const RatingMatrix& matrix, int finalist) {
    FinalistSummary summary;
    summary.finalist = finalist;
    for (int p = 0; p < matrix.panelistCount(); ++p) {
        if (matrix.hasScorecard(finalist, p))
            ++summary.scorecards;
    }
    for (int c = 0; c < matrix.criterionCount(); ++c) {
        ScoreSummary scores = ScoreSummary::of(matrix.scoresFor(finalist, c));
        scores.notAssessed = summary.scorecards - scores.count;
        summary.criteria.append(scores);
    }
    summary.total = WeightedTotal::of(matrix, finalist);
    summary.recommendations = RecommendationCounts::of(matrix, finalist);
    return summary;
}

QList<FinalistSummary> FinalistSummary::all(const RatingMatrix& matrix) {
    QList<FinalistSummary> summaries;
    for (int f = 0; f < matrix.finalistCount(); ++f)
        summaries.append(of(matrix, f));
    return summaries;
}

} // namespace debrief
