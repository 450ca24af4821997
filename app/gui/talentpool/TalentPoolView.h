#pragma once

#include "Result.h"
#include "domain/RowId.h"
#include "scoring/ScoreViewer.h"

#include <QWidget>

#include <functional>

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;
class QTextBrowser;

namespace debrief {

class DatabaseSession;
class TalentPoolModel;

/// The talent pool across openings: who the panel would happily hire for
/// another role, what they were strong on (with the panel's evidence below
/// the list for the selected person), where they came from and when they
/// last heard from us. The filter box matches names, strengths, evidence
/// and openings; Enter or a double-click asks to show that application.
class TalentPoolView : public QWidget {
    Q_OBJECT

public:
    explicit TalentPoolView(DatabaseSession& session, QWidget* parent = nullptr);

    /// Whose view of the scorecards the strengths come from (TalentPoolModel).
    void setViewer(std::function<ScoreViewer()> viewer);
    Status reload();
    QTableView* table() const { return m_table; }
    QLineEdit* filter() const { return m_filter; }

signals:
    void applicationActivated(RowId openingId, RowId applicationId);

private:
    void showDetail(const QModelIndex& current);
    void updateSummary();

    TalentPoolModel* m_model = nullptr;
    QSortFilterProxyModel* m_filtered = nullptr;
    QLabel* m_summary = nullptr;
    QLineEdit* m_filter = nullptr;
    QTableView* m_table = nullptr;
    QTextBrowser* m_detail = nullptr;
};

} // namespace debrief
