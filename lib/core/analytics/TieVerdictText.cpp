#include "TieVerdictText.h"

#include "RatingMatrix.h"

#include <QStringList>

#include <QtMath>
#include <algorithm>

namespace debrief {

QString TieVerdictText::of(const RatingMatrix& matrix, const FinalistPair& pair) {
    if (!pair.firstTotal || !pair.secondTotal)
        return withoutTotal(matrix, !pair.firstTotal ? pair.first : pair.second);
    // The leader is whoever the resampling favours, even when it is too close.
    const bool firstLeads =
        pair.verdict == TieVerdict::FirstAhead ||
        (pair.verdict == TieVerdict::TooCloseToCall && pair.probabilityFirstAhead >= 0.5);
    const QString leader = matrix.finalists().at(firstLeads ? pair.first : pair.second).name;
    const QString other = matrix.finalists().at(firstLeads ? pair.second : pair.first).name;
    const double share = firstLeads ? pair.probabilityFirstAhead : 1.0 - pair.probabilityFirstAhead;
    const int percent = qRound(share * 100.0);
    if (pair.verdict == TieVerdict::TooCloseToCall) {
        return tr("%1 is ahead of %2 in only %3% of resamples of the panel: too close to call.")
            .arg(leader, other)
            .arg(percent);
    }
    return tr("%1 is ahead of %2 in %3% of resamples of the panel: a real lead.")
        .arg(leader, other)
        .arg(percent);
}

QString TieVerdictText::of(const RatingMatrix& matrix, const ComparisonReport& report) {
    if (report.ties.pairs.isEmpty())
        return tr("Choose at least two finalists to see whether the panel separates them.");
    QList<FinalistSummary> ranked = report.finalists;
    // Highest total first; a finalist without a total goes last.
    std::stable_sort(ranked.begin(), ranked.end(),
                     [](const FinalistSummary& a, const FinalistSummary& b) {
                         return a.total.points.value_or(-1.0) > b.total.points.value_or(-1.0);
                     });
    QStringList lines;
    for (int i = 0; i + 1 < ranked.size(); ++i) {
        if (!ranked.at(i + 1).total.points)
            break;
        if (const FinalistPair* pair =
                report.ties.pair(ranked.at(i).finalist, ranked.at(i + 1).finalist))
            lines.append(of(matrix, *pair));
    }
    for (const FinalistSummary& summary : std::as_const(ranked)) {
        if (!summary.total.points)
            lines.append(withoutTotal(matrix, summary.finalist));
    }
    return lines.join(QLatin1Char('\n'));
}

QString TieVerdictText::withoutTotal(const RatingMatrix& matrix, int finalist) {
    return tr("%1 has no weighted total yet (nothing scored, or hidden by blind scoring), so is "
              "left out of the verdicts.")
        .arg(matrix.finalists().at(finalist).name);
}

} // namespace debrief
