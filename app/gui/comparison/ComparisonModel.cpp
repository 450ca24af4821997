#include "ComparisonModel.h"

#include "DisplayText.h"

#include "analytics/ComparisonCellText.h"
#include "analytics/Disagreement.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>
#include <QPixmap>

namespace debrief {
namespace {

QString number(double value, int decimals) {
    return ComparisonCellText::number(value, decimals, QLocale());
}

QString optionalNumber(const std::optional<double>& value, int decimals) {
    return ComparisonCellText::number(value, decimals, QLocale());
}

} // namespace

ComparisonModel::ComparisonModel(QObject* parent)
    : QAbstractTableModel(parent) {
}

void ComparisonModel::setComparison(const RatingMatrix& matrix, const ComparisonReport& report,
                                    const QList<bool>& hidden, const QList<QColor>& colours) {
    beginResetModel();
    m_matrix = matrix;
    m_report = report;
    m_hidden = hidden;
    m_colours = colours;
    endResetModel();
}

QIcon ComparisonModel::swatch(const QColor& colour) {
    QPixmap pixmap(12, 12);
    pixmap.fill(colour);
    return QIcon(pixmap);
}

QColor ComparisonModel::highlightColour() {
    // Okabe–Ito's orange, lightened.
    return QColor(0xfd, 0xe0, 0xb2);
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
        return DisplayText::toolTip(criterionToolTip(criterion, finalist));
    case Qt::TextAlignmentRole:
        return int(Qt::AlignCenter);
    case Qt::BackgroundRole:
        return Disagreement::among(summary) ? QVariant(QBrush(highlightColour())) : QVariant();
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
        return DisplayText::toolTip(totalToolTip(finalist));
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
    return ComparisonCellText::criterion(m_matrix, m_report, finalist, criterion,
                                         isHidden(finalist), QLocale());
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
    return ComparisonCellText::total(m_report, finalist, isHidden(finalist), QLocale());
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
    if (orientation == Qt::Horizontal && role == Qt::DecorationRole) {
        // The finalist's colour in the charts, beside the name.
        return section >= 0 && section < m_colours.size() ? QVariant(swatch(m_colours.at(section)))
                                                          : QVariant();
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    if (orientation == Qt::Horizontal) {
        if (section < 0 || section >= m_matrix.finalistCount())
            return {};
        const QString name = m_matrix.finalists().at(section).name;
        return role == Qt::ToolTipRole ? DisplayText::toolTip(name) : name;
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
