#include "ComparisonModel.h"

#include "analytics/Disagreement.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>

namespace debrief {
namespace {

QString number(double value, int decimals) {
    return QLocale().toString(value, 'f', decimals);
}

QString optionalNumber(const std::optional<double>& value, int decimals) {
    return value ? number(*value, decimals) : QStringLiteral("–");
}

/// A pale orange (Okabe–Ito's orange, lightened) that keeps black text readable.
QColor disagreementColour() {
    return QColor(0xfd, 0xe0, 0xb2);
}

} // namespace

ComparisonModel::ComparisonModel(QObject* parent)
    : QAbstractTableModel(parent) {
}

void ComparisonModel::setComparison(const RatingMatrix& matrix, const ComparisonReport& report) {
    beginResetModel();
    m_matrix = matrix;
    m_report = report;
    endResetModel();
}

int ComparisonModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() || m_matrix.finalistCount() == 0 ? 0 : m_matrix.criterionCount() + 1;
}

int ComparisonModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : m_matrix.finalistCount();
}

QVariant ComparisonModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.row() == totalRow())
        return totalData(index.column(), role);
    return criterionData(index.row(), index.column(), role);
}

QVariant ComparisonModel::criterionData(int criterion, int finalist, int role) const {
    const ScoreSummary& summary = m_report.finalists.at(finalist).criteria.at(criterion);
    switch (role) {
    case Qt::DisplayRole:
        return criterionText(criterion, finalist);
    case Qt::ToolTipRole:
        return criterionToolTip(criterion, finalist);
    case Qt::TextAlignmentRole:
        return int(Qt::AlignCenter);
    case Qt::BackgroundRole:
        return Disagreement::among(summary) ? QVariant(QBrush(disagreementColour())) : QVariant();
    case DisagreementRole:
        return Disagreement::among(summary);
    case NumberRole:
        return summary.mean ? QVariant(*summary.mean) : QVariant();
    case ScoresRole:
        return QVariant::fromValue(m_matrix.scoresFor(finalist, criterion));
    default:
        return {};
    }
}

QVariant ComparisonModel::totalData(int finalist, int role) const {
    const WeightedTotal& total = m_report.finalists.at(finalist).total;
    switch (role) {
    case Qt::DisplayRole:
        return totalText(finalist);
    case Qt::ToolTipRole:
        return totalToolTip(finalist);
    case Qt::TextAlignmentRole:
        return int(Qt::AlignCenter);
    case Qt::FontRole: {
        QFont font;
        font.setBold(true);
        return font;
    }
    case DisagreementRole:
        return false;
    case NumberRole:
        return total.points ? QVariant(*total.points) : QVariant();
    default:
        return {};
    }
}

QString ComparisonModel::criterionText(int criterion, int finalist) const {
    const ScoreSummary& summary = m_report.finalists.at(finalist).criteria.at(criterion);
    if (summary.count == 0)
        return tr("not assessed");
    QStringList scores;
    for (int score : m_matrix.scoresFor(finalist, criterion))
        scores.append(QString::number(score));
    QString text =
        tr("%1 (%2)").arg(optionalNumber(summary.mean, 1), scores.join(QStringLiteral(", ")));
    if (summary.standardDeviation)
        text += tr(" ±%1").arg(number(*summary.standardDeviation, 1));
    return text;
}

QString ComparisonModel::criterionToolTip(int criterion, int finalist) const {
    const ScoreSummary& s = m_report.finalists.at(finalist).criteria.at(criterion);
    QString tip =
        tr("%n score(s), median %1, lowest %2, highest %3; %4 not assessed", nullptr, s.count)
            .arg(optionalNumber(s.median, 1),
                 s.minimum ? QString::number(*s.minimum) : QStringLiteral("–"),
                 s.maximum ? QString::number(*s.maximum) : QStringLiteral("–"))
            .arg(s.notAssessed);
    if (Disagreement::among(s))
        tip += QLatin1Char('\n') + tr("The panel disagrees here: worth discussing.");
    return tip;
}

QString ComparisonModel::totalText(int finalist) const {
    const WeightedTotal& total = m_report.finalists.at(finalist).total;
    if (!total.points)
        return tr("no total");
    QString text = tr("%1 of 100").arg(number(*total.points, 1));
    if (finalist < m_report.ties.intervals.size()) {
        const TotalInterval& interval = m_report.ties.intervals.at(finalist);
        if (interval.low && interval.high) {
            text += tr(" [%1–%2]").arg(number(*interval.low, 0), number(*interval.high, 0));
        }
    }
    return text;
}

QString ComparisonModel::totalToolTip(int finalist) const {
    QString tip = m_report.finalists.at(finalist).total.missingNote();
    if (finalist < m_report.ties.intervals.size()) {
        const TotalInterval& interval = m_report.ties.intervals.at(finalist);
        if (interval.low && interval.high) {
            tip += QLatin1Char('\n') +
                   tr("In %1% of resamples of the panel the total lies between %2 and %3.")
                       .arg(qRound(m_report.ties.options.intervalLevel * 100))
                       .arg(number(*interval.low, 0), number(*interval.high, 0));
        }
    }
    return tip;
}

QVariant ComparisonModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    if (orientation == Qt::Horizontal) {
        if (section < 0 || section >= m_matrix.finalistCount())
            return {};
        return m_matrix.finalists().at(section).name;
    }
    if (section == totalRow())
        return tr("Weighted total");
    if (section < 0 || section > totalRow())
        return {};
    const Criterion& criterion = m_matrix.criteria().at(section);
    if (role == Qt::ToolTipRole)
        return tr("Weight %1, scale 1–%2")
            .arg(number(criterion.weight, 1))
            .arg(criterion.scaleSize);
    return criterion.name;
}

} // namespace debrief
