#pragma once

#include "Result.h"

#include "domain/RowId.h"

#include <QList>
#include <QWidget>

class QAction;
class QLabel;
class QListWidget;
class QPushButton;
class QStackedWidget;
class QToolButton;

namespace debrief {

struct InterviewSummary;

/// The detail pane's Interviews card: the candidate's interviews as cards
/// (cancelled ones struck through and labelled), "Schedule Interview…",
/// and for the selected interview Reschedule…, Cancel Interview… and Save
/// Invitation (.ics)… (buttons and the list's context menu). An empty list
/// says what to do next. The scheduling controls stay disabled until an
/// editor (SchedulingMenu) listens for the requests.
class InterviewListPanel : public QWidget {
    Q_OBJECT

public:
    explicit InterviewListPanel(QWidget* parent = nullptr);

    /// Shows `interviews` (in stored order). `keepCurrent` keeps the
    /// selected interview in view (a refresh of the same candidate);
    /// otherwise the latest one is selected.
    void display(const QList<InterviewSummary>& interviews, bool keepCurrent);
    void setSchedulingEnabled(bool enabled);
    /// Whether the login may change this candidate's schedule (on a panel
    /// server the lead's; lib/core's ServerPermissions). When not, the
    /// scheduling controls are disabled with the refusal as their tip.
    void setSchedulingAllowed(const Status& allowed);

    QListWidget* list() const { return m_list; }
    /// The selected interview, kNoRow when none is.
    RowId currentInterviewId() const;

signals:
    /// Enter or double-click on an interview that was not cancelled.
    void interviewActivated(RowId interviewId);
    /// The selected row (in stored order), -1 for none.
    void currentRowChanged(int row);
    void scheduleRequested();
    void rescheduleRequested(RowId interviewId);
    void cancelRequested(RowId interviewId);
    void invitationRequested(RowId interviewId);

private:
    void updateActions();
    bool currentIsCancelled() const;
    bool mayChange() const { return m_enabled && m_refusal.isEmpty(); }

    QStackedWidget* m_stack = nullptr;
    QListWidget* m_list = nullptr;
    QLabel* m_empty = nullptr;
    QPushButton* m_schedule = nullptr;
    QToolButton* m_selected = nullptr;
    QAction* m_reschedule = nullptr;
    QAction* m_cancel = nullptr;
    QAction* m_invitation = nullptr;
    bool m_enabled = false;
    /// Why the login may not change the schedule; empty when it may.
    QString m_refusal;
};

} // namespace debrief
