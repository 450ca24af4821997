#pragma once

#include "analytics/CalibrationTables.h"

#include <QAbstractTableModel>

namespace debrief {

/// One of PanelCalibration's tables (CalibrationTables) for a table view:
/// the same cell texts as the calibration report, numbers right-aligned,
/// cells worth a conversation tinted (their words say it too).
class CalibrationTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    explicit CalibrationTableModel(QObject* parent = nullptr);

    void setTable(const CalibrationTable& table);
    const CalibrationTable& table() const { return m_table; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    CalibrationTable m_table;
};

} // namespace debrief
