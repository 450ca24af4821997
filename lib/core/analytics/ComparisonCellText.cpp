#include "ComparisonCellText.h"

#include <QStringList>

#include <cmath>

namespace debrief {

QString ComparisonCellText::number(double value, int decimals, const QLocale& locale) {
    // −0.001 rounds to "-0.00"; a reader sees a sign where there is none.
    const double scale = std::pow(10.0, decimals);
    if (std::round(value * scale) == 0.0)
        value = 0.0;
    return locale.toString(value, 'f', decimals);
}

QString ComparisonCellText::number(const std::optional<double>& value, int decimals,
                                   const QLocale& locale) {
    return value ? number(*value, decimals, locale) : dash();
}

QString ComparisonCellText::criterion(const RatingMatrix& matrix, const ComparisonReport& report,
                                      int finalist, int criterion, bool hidden,
                                      const QLocale& locale) {
    const ScoreSummary& summary = report.finalists.at(finalist).criteria.at(criterion);
    if (summary.count == 0)
        return hidden ? tr("hidden") : tr("not assessed");
    QStringList scores;
    for (int score : matrix.scoresFor(finalist, criterion))
        scores.append(QString::number(score));
    QString text =
        tr("%1 (%2)").arg(number(summary.mean, 1, locale), scores.join(QStringLiteral(", ")));
    if (summary.standardDeviation)
        text += tr(" ±%1").arg(number(*summary.standardDeviation, 1, locale));
    return text;
}

QString ComparisonCellText::total(const ComparisonReport& report, int finalist, bool hidden,
                                  const QLocale& locale) {
    const WeightedTotal& total = report.finalists.at(finalist).total;
    if (!total.points)
        return hidden ? tr("hidden") : tr("no total");
    QString text = tr("%1 of 100").arg(number(*total.points, 1, locale));
    if (finalist < report.ties.intervals.size()) {
        const TotalInterval& interval = report.ties.intervals.at(finalist);
        if (interval.low && interval.high)
            text += tr(" [%1–%2]")
                        .arg(number(*interval.low, 0, locale), number(*interval.high, 0, locale));
    }
    return text;
}

} // namespace debrief
