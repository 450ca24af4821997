#pragma once

#include "Result.h"
#include "reporting/CalibrationReportData.h"

#include <QScrollArea>

class QLabel;
class QTableView;

namespace debrief {

class CalibrationTableModel;
class Database;

/// The Calibration tab of Compare Finalists: PanelCalibration over every
/// scored candidate of the opening, as the viewer may see the scores (the
/// numbers of the panel calibration report, from CalibrationReportData):
/// leniency per panelist, agreement per criterion (ICC(1,1), ICC(2,1),
/// ICC(3,1), Krippendorff's alpha) and halo flags as tables, with the
/// report's reading guide.
class CalibrationPanel : public QScrollArea {
    Q_OBJECT

public:
    explicit CalibrationPanel(QWidget* parent = nullptr);

    /// Reads and shows the calibration; on failure the tab says why.
    Status load(Database& db, RowId openingId, const ScoreViewer& viewer);

    const CalibrationReportData& data() const { return m_data; }
    CalibrationTableModel* leniencyModel() const { return m_leniency; }
    CalibrationTableModel* agreementModel() const { return m_agreement; }
    CalibrationTableModel* haloModel() const { return m_halo; }

private:
    QTableView* addTable(const QString& heading, const QString& objectName,
                         CalibrationTableModel* model);
    static void fitHeight(QTableView* view);

    CalibrationReportData m_data;
    QLabel* m_intro = nullptr;
    QLabel* m_withheld = nullptr;
    QLabel* m_leniencyNote = nullptr;
    QLabel* m_agreementNote = nullptr;
    QLabel* m_haloSummary = nullptr;
    QLabel* m_guide = nullptr;
    CalibrationTableModel* m_leniency = nullptr;
    CalibrationTableModel* m_agreement = nullptr;
    CalibrationTableModel* m_halo = nullptr;
    QList<QTableView*> m_views;
    QWidget* m_content = nullptr;
};

} // namespace debrief
