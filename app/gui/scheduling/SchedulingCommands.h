#pragma once

#include "scheduling/InterviewScheduler.h"

#include <QObject>

#include <functional>
#include <optional>

class QUndoStack;

namespace debrief {

class DatabaseSession;

/// Turns scheduling, rescheduling and cancelling an interview into commands
/// on the window's undo stack, carried out through InterviewScheduler; undo
/// puts the stored interview back exactly (see InterviewScheduler). After
/// each change, done, undone or redone, it says which application changed.
class SchedulingCommands : public QObject {
    Q_OBJECT

public:
    /// Who is changing the calendar, for the audit log.
    using Actor = std::function<QString()>;
    /// The time a change is stamped with.
    using Now = std::function<QDateTime()>;

    SchedulingCommands(DatabaseSession& session, QUndoStack& stack, Actor actor, Now now,
                       QObject* parent = nullptr);

    /// Pushes one command each ("Schedule interview with Zoë Brandt").
    void schedule(const ScheduleRequest& request, const QString& candidateName);
    /// Moves `read` (the interview as the form read it) now and pushes the
    /// step; refused as stale, nothing written or pushed, when it was saved
    /// elsewhere since. A reschedule that changes nothing pushes nothing.
    VersionedSave<Interview> reschedule(const Interview& read, const ScheduleRequest& request,
                                        const QString& candidateName);
    void cancel(const Interview& current, const QString& reason, const QString& candidateName);

    // What the commands call to do and undo; std::nullopt / false (and
    // errorOccurred) when the database refused.
    std::optional<Interview> scheduleNow(const ScheduleRequest& request, const QUuid& uuid);
    bool unschedule(const Interview& scheduled);
    std::optional<InterviewChange> rescheduleNow(const QUuid& interview,
                                                 const ScheduleRequest& request);
    std::optional<InterviewChange> cancelNow(const QUuid& interview, const QString& reason);
    bool restore(const InterviewChange& change);
    /// `request` with its application and round found again by uuid: an undo
    /// and redo elsewhere may have stored them again under new row ids.
    std::optional<ScheduleRequest> refreshed(ScheduleRequest request, const QUuid& application,
                                             const QUuid& round);

signals:
    void applicationChanged(RowId applicationId);
    void errorOccurred(const QString& message);

private:
    /// The result's value after announcing the change, or std::nullopt
    /// after reporting the error.
    template <typename T> std::optional<T> announced(Result<T> result, RowId applicationId);

    DatabaseSession& m_session;
    QUndoStack& m_stack;
    Actor m_actor;
    Now m_now;
};

} // namespace debrief
