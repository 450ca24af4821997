#include "FinalistSelection.h"

namespace debrief {
namespace {

QList<int> panelistsWithCards(const RatingMatrix& matrix, const QList<int>& finalists) {
    QList<int> kept;
    for (int p = 0; p < matrix.panelistCount(); ++p) {
        for (int f : finalists) {
            if (matrix.hasScorecard(f, p)) {
                kept.append(p);
                break;
            }
        }
    }
    return kept;
}

} // namespace

RatingMatrix FinalistSelection::of(const RatingMatrix& matrix, const QList<int>& finalists) {
    const QList<int> panel = panelistsWithCards(matrix, finalists);
    QList<Finalist> chosen;
    for (int f : finalists)
        chosen.append(matrix.finalists().at(f));
    QList<Panelist> panelists;
    for (int p : panel)
        panelists.append(matrix.panelists().at(p));
    RatingMatrix result(matrix.criteria(), chosen, panelists);
    for (int i = 0; i < finalists.size(); ++i) {
        for (int j = 0; j < panel.size(); ++j) {
            const int f = finalists.at(i);
            const int p = panel.at(j);
            if (!matrix.hasScorecard(f, p))
                continue;
            result.addScorecard(i, j);
            result.setRecommendation(i, j, matrix.recommendation(f, p));
            for (int c = 0; c < matrix.criterionCount(); ++c) {
                // The score was valid in `matrix`, so it is here too.
                (void)result.setScore(i, j, c, matrix.score(f, p, c));
            }
        }
    }
    return result;
}

} // namespace debrief
