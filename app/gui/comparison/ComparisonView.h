#pragma once

#include "Result.h"
#include "analytics/ComparisonInput.h"
#include "analytics/ComparisonReport.h"
#include "domain/RowId.h"

#include <QSet>
#include <QWidget>

class QChartView;
class QLabel;
class QListWidget;
class QTabWidget;
class QTableView;

namespace debrief {

class CalibrationPanel;
class ComparisonModel;
class Database;

/// The finalist comparison of one opening as one panelist may see it (blind
/// scoring): a checkable list of finalists in their chart colours, the
/// criteria × finalists table, the tie verdicts in plain words, a radar and a
/// grouped bar chart of the same numbers, what blind scoring hides and why;
/// and the panel's calibration in a tab of its own.
///
/// The finalists are FinalistSet::forOpening's, read once: the comparison
/// report's, in the same order and colours. Switching one in or out
/// recomputes from the matrix in memory (the resampling of a few finalists
/// takes milliseconds), so the table and charts follow at once.
class ComparisonView : public QWidget {
    Q_OBJECT

public:
    explicit ComparisonView(QWidget* parent = nullptr);

    /// Reads the opening's finalists as `viewer` may see them (as the
    /// comparison report and `debrief-cli compare --as` do) and compares
    /// all of them; read again for the same opening (someone else's change
    /// on a server), the finalists the user switched off stay off.
    Status load(Database& db, RowId openingId, const ScoreViewer& viewer);

    const ComparisonInput& input() const { return m_input; }
    /// The comparison of the finalists currently checked, and its matrix.
    const ComparisonReport& report() const { return m_report; }
    const RatingMatrix& shownMatrix() const { return m_matrix; }
    ComparisonModel* model() const { return m_model; }
    CalibrationPanel* calibration() const { return m_calibration; }

private:
    QWidget* buildFinalistPanel();
    QWidget* buildResults();
    void fillFinalistList(const QSet<RowId>& switchedOff);
    QList<int> checkedFinalists() const;
    void recompute();
    void showNotes(const QList<int>& shown);
    void fitTableHeight();
    void rebuildCharts();

    RowId m_openingId = kNoRow;
    ComparisonInput m_input;
    RatingMatrix m_matrix;
    ComparisonReport m_report;
    ComparisonModel* m_model = nullptr;
    QListWidget* m_finalists = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_finalistSet = nullptr;
    QLabel* m_withheld = nullptr;
    QTabWidget* m_tabs = nullptr;
    CalibrationPanel* m_calibration = nullptr;
    QLabel* m_verdict = nullptr;
    QChartView* m_radar = nullptr;
    QChartView* m_bars = nullptr;
};

} // namespace debrief
