#include "ComparisonTable.h"

#include "TieDetector.h"

#include <QStringList>

#include <algorithm>
#include <optional>

namespace debrief {
namespace {

const QString kMissing = QStringLiteral("–");

template <typename T> QString number(const std::optional<T>& value, int decimals) {
    return value ? QString::number(double(*value), 'f', decimals) : kMissing;
}

QString signedNumber(const std::optional<double>& value, int decimals) {
    if (!value)
        return kMissing;
    const QString text = QString::number(*value, 'f', decimals);
    return *value > 0 ? QLatin1Char('+') + text : text;
}

/// Rows of cells laid out in columns: the first column left-aligned (names),
/// the others right-aligned (numbers), two spaces apart.
class TextColumns {
public:
    void add(QStringList row) { m_rows.append(std::move(row)); }

    QString text() const {
        QList<qsizetype> widths;
        for (const QStringList& row : m_rows) {
            widths.resize(std::max(widths.size(), row.size()));
            for (qsizetype i = 0; i < row.size(); ++i)
                widths[i] = std::max(widths[i], row[i].size());
        }
        QString out;
        for (const QStringList& row : m_rows) {
            QStringList cells;
            for (qsizetype i = 0; i < row.size(); ++i) {
                cells.append(i == 0 ? row[i].leftJustified(widths[i])
                                    : row[i].rightJustified(widths[i]));
            }
            out += cells.join(QStringLiteral("  ")).trimmed() + QLatin1Char('\n');
        }
        return out;
    }

private:
    QList<QStringList> m_rows;
};

const TotalInterval* intervalOf(const TieReport& ties, int finalist) {
    for (const TotalInterval& interval : ties.intervals) {
        if (interval.finalist == finalist)
            return &interval;
    }
    return nullptr;
}

QString recommendations(const RecommendationCounts& r) {
    return QStringLiteral("%1/%2/%3/%4/%5")
        .arg(r.count(Recommendation::StrongNo))
        .arg(r.count(Recommendation::No))
        .arg(r.count(Recommendation::Yes))
        .arg(r.count(Recommendation::StrongYes))
        .arg(r.missing);
}

} // namespace

QString ComparisonTable::write(const ComparisonContext& context, const ComparisonInput& input,
                               const ComparisonReport& report) {
    const RatingMatrix& matrix = input.matrix;
    return QStringList{header(context, input),
                       totals(matrix, report),
                       criteria(matrix, report),
                       pairs(matrix, report.ties),
                       panelists(matrix, report.calibration),
                       agreement(matrix, report.calibration)}
        .join(QLatin1Char('\n'));
}

QString ComparisonTable::header(const ComparisonContext& context, const ComparisonInput& input) {
    QStringList lines{tr("Finalist comparison: %1 (rubric version %2)")
                          .arg(context.openingTitle)
                          .arg(context.rubricVersion),
                      input.viewer.seenBy(), input.finalists.description(), input.summary()};
    for (const QString& note : input.withheldNotes())
        lines.append(QStringLiteral("  ") + note);
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QString ComparisonTable::totals(const RatingMatrix& matrix, const ComparisonReport& report) {
    const TieOptions& options = report.ties.options;
    TextColumns columns;
    columns.add({tr("Finalist"), tr("Total"),
                 tr("%1% interval").arg(QString::number(100.0 * options.intervalLevel, 'f', 0)),
                 tr("Scorecards"), tr("Strong no/no/yes/strong yes/none")});
    QStringList notes;
    for (const FinalistSummary& s : report.finalists) {
        const QString name = matrix.finalists().at(s.finalist).name;
        const TotalInterval* interval = intervalOf(report.ties, s.finalist);
        const QString range =
            interval && interval->low && interval->high
                ? number(interval->low, 1) + QStringLiteral("–") + number(interval->high, 1)
                : kMissing;
        columns.add({name, number(s.total.points, 1), range, QString::number(s.scorecards),
                     recommendations(s.recommendations)});
        // A finalist with no card the viewer may see has a withheld note.
        if (s.scorecards > 0 && (s.total.missingRatings > 0 || s.total.criteriaWithoutRating > 0))
            notes.append(QStringLiteral("  %1: %2").arg(name, s.total.missingNote()));
    }
    QString text =
        tr("Weighted totals (0–100), %n resample(s) of the panel, seed %1", "", options.resamples)
            .arg(QString::number(options.seed)) +
        QLatin1Char('\n') + columns.text();
    if (!notes.isEmpty())
        text += notes.join(QLatin1Char('\n')) + QLatin1Char('\n');
    return text;
}

QString ComparisonTable::criteria(const RatingMatrix& matrix, const ComparisonReport& report) {
    TextColumns columns;
    QStringList head{tr("Criterion (weight, scale)")};
    for (const FinalistSummary& s : report.finalists)
        head.append(matrix.finalists().at(s.finalist).name);
    columns.add(head);
    for (int c = 0; c < matrix.criterionCount(); ++c) {
        const Criterion& criterion = matrix.criteria().at(c);
        QStringList row{QStringLiteral("%1 (%2, 1–%3)")
                            .arg(criterion.name, QString::number(criterion.weight, 'g', 4))
                            .arg(criterion.scaleSize)};
        for (const FinalistSummary& s : report.finalists) {
            const ScoreSummary& score = s.criteria.at(c);
            row.append(tr("%1 ±%2 (n=%3)")
                           .arg(number(score.mean, 2), number(score.standardDeviation, 2))
                           .arg(score.count));
        }
        columns.add(row);
    }
    return tr("Per criterion: mean ± standard deviation (number of ratings)") + QLatin1Char('\n') +
           columns.text();
}

QString ComparisonTable::pairs(const RatingMatrix& matrix, const TieReport& ties) {
    QString text = tr("Pairs") + QLatin1Char('\n');
    for (const FinalistPair& pair : ties.pairs) {
        text += QStringLiteral("  ") + TieDetector::describe(matrix, pair);
        if (pair.gap) {
            QStringList parts;
            const auto shown = std::min<qsizetype>(3, pair.contributions.size());
            for (qsizetype i = 0; i < shown; ++i) {
                const GapContribution& c = pair.contributions.at(i);
                parts.append(QStringLiteral("%1 %2").arg(matrix.criteria().at(c.criterion).name,
                                                         signedNumber(c.points, 1)));
            }
            text += tr("; gap %1 points: %2")
                        .arg(signedNumber(pair.gap, 1), parts.join(QStringLiteral(", ")));
        }
        text += QLatin1Char('\n');
    }
    return text;
}

QString ComparisonTable::panelists(const RatingMatrix& matrix,
                                   const CalibrationReport& calibration) {
    TextColumns columns;
    columns.add({tr("Panelist"), tr("Mean offset"), tr("Spread"), tr("Comparisons"), tr("Leniency"),
                 tr("Flat/eligible cards"), tr("Halo")});
    for (const PanelistCalibration& p : calibration.panelists) {
        QString leniency;
        switch (p.leniency) {
        case Leniency::Typical:
            leniency = tr("in line");
            break;
        case Leniency::Lenient:
            leniency = tr("lenient");
            break;
        case Leniency::Severe:
            leniency = tr("severe");
            break;
        case Leniency::Unknown:
            leniency = tr("unknown");
            break;
        }
        columns.add({matrix.panelists().at(p.panelist).name, signedNumber(p.meanOffset, 1),
                     number(p.offsetSpread, 1), QString::number(p.comparisons), leniency,
                     QStringLiteral("%1/%2").arg(p.flatScorecards).arg(p.haloEligibleScorecards),
                     p.halo ? tr("yes") : tr("no")});
    }
    return tr("Panel calibration (offsets in points of the total)") + QLatin1Char('\n') +
           columns.text();
}

QString ComparisonTable::agreement(const RatingMatrix& matrix,
                                   const CalibrationReport& calibration) {
    TextColumns columns;
    columns.add({tr("Criterion"), tr("ICC(1,1)"), tr("ICC(2,1)"), tr("ICC(3,1)"), tr("Block"),
                 tr("Alpha (ordinal)"), tr("Pairable values")});
    for (const CriterionAgreement& a : calibration.criteria) {
        columns.add({matrix.criteria().at(a.criterion).name, number(a.icc.icc1, 2),
                     number(a.icc.icc2, 2), number(a.icc.icc3, 2),
                     tr("%1×%2").arg(a.icc.targets()).arg(a.icc.raters()), number(a.alpha.alpha, 2),
                     QString::number(a.alpha.pairableValues)});
    }
    return tr("Agreement per criterion (block: finalists × panelists with complete scores)") +
           QLatin1Char('\n') + columns.text();
}

} // namespace debrief
