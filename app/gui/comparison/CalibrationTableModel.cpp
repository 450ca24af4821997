#include "CalibrationTableModel.h"

#include "ComparisonModel.h"

#include <QBrush>

namespace debrief {

CalibrationTableModel::CalibrationTableModel(QObject* parent)
    : QAbstractTableModel(parent) {
}

void CalibrationTableModel::setTable(const CalibrationTable& table) {
    beginResetModel();
    m_table = table;
    endResetModel();
}

int CalibrationTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_table.rows.size());
}

int CalibrationTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_table.headers.size());
}

QVariant CalibrationTableModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const bool highlighted = m_table.isHighlighted(index.row(), index.column());
    switch (role) {
    case Qt::DisplayRole:
        return m_table.rows.at(index.row()).value(index.column());
    case Qt::TextAlignmentRole:
        return int(
            (m_table.numericColumns.contains(index.column()) ? Qt::AlignRight : Qt::AlignLeft) |
            Qt::AlignVCenter);
    case Qt::BackgroundRole:
        return highlighted ? QVariant(QBrush(ComparisonModel::highlightColour())) : QVariant();
    case Qt::ToolTipRole:
        return highlighted ? tr("Worth talking about in the debrief.") : QVariant();
    default:
        return {};
    }
}

QVariant CalibrationTableModel::headerData(int section, Qt::Orientation orientation,
                                           int role) const {
    if (role != Qt::DisplayRole || orientation != Qt::Horizontal || section < 0 ||
        section >= m_table.headers.size())
        return {};
    return m_table.headers.at(section);
}

} // namespace debrief
