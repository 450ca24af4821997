#pragma once

#include "Result.h"
#include "domain/RowId.h"

#include <QWidget>

#include <functional>

class QLabel;
class QStackedWidget;
class QTableView;
class QTimer;

namespace debrief {

class DatabaseSession;
class MyInterviewsModel;

/// View › My Interviews: for the panelist using this computer, the
/// scorecards they still owe (overdue first) and their interviews to come,
/// with a line that sums it up and an empty state that says what to do.
/// Enter or a double-click asks to open the scorecard of that interview.
class MyInterviewsView : public QWidget {
    Q_OBJECT

public:
    /// Whose interviews to list, asked on every refresh.
    using Panelist = std::function<RowId()>;

    MyInterviewsView(DatabaseSession& session, Panelist panelist, QWidget* parent = nullptr);

    /// Reads the list again at the session's now, keeping the selected
    /// interview when still listed.
    Status refresh();
    /// refresh() once the current burst of changes is over.
    void refreshSoon();
    void setPanelist(Panelist panelist) { m_panelist = std::move(panelist); }
    int count() const;
    QTableView* table() const { return m_table; }

signals:
    void interviewActivated(RowId interviewId);
    void errorOccurred(const QString& message);

private:
    void updateSummary(RowId panelist);

    DatabaseSession& m_session;
    Panelist m_panelist;
    MyInterviewsModel* m_model = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_empty = nullptr;
    QStackedWidget* m_stack = nullptr;
    QTableView* m_table = nullptr;
    QTimer* m_pending = nullptr;
};

} // namespace debrief
