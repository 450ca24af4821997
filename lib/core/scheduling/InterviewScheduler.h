#pragma once

#include "Result.h"
#include "ScheduleRequest.h"
#include "debrief_core_export.h"
#include "domain/AuditEntry.h"
#include "domain/Interview.h"
#include "storage/VersionedSave.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QUuid>

namespace debrief {

class Database;
class TransactionGuard;

/// What reschedule() or cancel() changed: the interview as stored before and
/// after, so that an undo can put it back and tell whether anyone changed it
/// in between.
struct InterviewChange {
    Interview before;
    Interview after;

    bool changedAnything() const { return before != after; }
};

/// What a round suggests for a new interview (docs/SCHEDULING.md): its
/// duration, and the panelists who sat on its most recently scheduled
/// interview in this opening who are still on the panel, else the whole panel.
struct RoundDefaults {
    int durationMinutes = 0;
    QList<RowId> panelistIds;
};

/// The rules of putting interviews in the calendar: scheduling one for a
/// candidate, moving it, and cancelling it with a reason. Every problem is
/// named by field; every write is one transaction together with its audit
/// entries (entity "interview"). Undo goes through unschedule() and
/// restore(), which put the stored interview back exactly, except that the
/// invitation sequence only ever grows (a calendar ignores an invitation
/// older than the one it has).
class DEBRIEF_CORE_EXPORT InterviewScheduler {
    Q_DECLARE_TR_FUNCTIONS(InterviewScheduler)

public:
    static constexpr int kMinDurationMinutes = 5;
    static constexpr int kMaxDurationMinutes = 8 * 60;
    /// For a round that names no duration of its own.
    static constexpr int kDefaultDurationMinutes = 45;

    explicit InterviewScheduler(Database& db)
        : m_db(db) {}

    /// The problems of a request on its own: a time, a duration between the
    /// bounds, a web address for a video link, at least one panelist, nobody
    /// twice.
    static QList<ScheduleProblem> validate(const ScheduleRequest& request);
    /// validate() and what needs the stored opening: the application exists
    /// and is still in process, the round is one of its opening's, every
    /// panelist sits on that opening's panel; when `rescheduling` names an
    /// interview, nobody who has written a scorecard for it is taken off it.
    Result<QList<ScheduleProblem>> check(const ScheduleRequest& request,
                                         const QUuid& rescheduling = {});
    /// What a cancellation's reason lacks (empty when nothing).
    static QList<ScheduleProblem> validateReason(const QString& reason);

    /// The round's suggestions for a new interview in `openingId`.
    Result<RoundDefaults> roundDefaults(RowId openingId, RowId roundId);
    /// A new interview for `applicationId` as a form first shows it: in
    /// `roundId`, or (kNoRow) the first round the candidate has not had an
    /// interview in yet, else the last; the round's defaults; at `start`.
    Result<ScheduleRequest> proposal(RowId applicationId, RowId roundId, const QDateTime& start);

    /// Stores a new interview (uuid `uuid` when given, so a redo puts the
    /// same one back). Refuses with every problem.
    Result<Interview> schedule(const ScheduleRequest& request, const QString& actor,
                               const QDateTime& now, const QUuid& uuid = {});
    /// Moves the interview or changes its round, length, place or panel.
    /// Nothing changes (no audit, same sequence) when the request is what is
    /// stored. A cancelled interview cannot be moved.
    Result<InterviewChange> reschedule(const QUuid& interviewUuid, const ScheduleRequest& request,
                                       const QString& actor, const QDateTime& now);
    /// reschedule() of `interview` as a form read it: refused as stale,
    /// nothing written, when it was saved since (its row is no longer at
    /// `interview.rowVersion`), with the interview as stored now in
    /// current(). On success `interview` is as stored now; as it was read,
    /// it is the change's before.
    VersionedSave<Interview> rescheduleAsRead(Interview& interview, const ScheduleRequest& request,
                                              const QString& actor, const QDateTime& now);
    /// Marks the interview cancelled (who, when, why). It stays on record.
    /// Refused without a reason, and for an interview with submitted
    /// scorecards: one that was scored took place.
    Result<InterviewChange> cancel(const QUuid& interviewUuid, const QString& reason,
                                   const QString& actor, const QDateTime& now);

    /// Takes back schedule(): removes the interview while it is as
    /// scheduled and nobody has written a scorecard for it.
    Status unschedule(const Interview& scheduled, const QString& actor, const QDateTime& now);
    /// Takes back reschedule() or cancel(): puts `change.before` back while
    /// the interview is still as `change.after` left it.
    Status restore(const InterviewChange& change, const QString& actor, const QDateTime& now);

    /// The request that would leave `interview` as it is (a reschedule form
    /// starts from it).
    static ScheduleRequest requestFor(const Interview& interview);
    /// `interview` as `request` would leave it (same uuid and sequence),
    /// e.g. to tell whether a reschedule changes anything.
    static Interview applied(Interview interview, const ScheduleRequest& request);
    /// The field's name as a form labels it ("Panelists").
    static QString fieldName(ScheduleField field);
    /// One Error with every problem, one per line: "Field: message", in
    /// the wording without names (errors reach logs and terminals).
    static Error refusal(const QList<ScheduleProblem>& problems);

private:
    /// reschedule()'s checks and write, inside the caller's transaction.
    Result<InterviewChange> move(const Interview& before, const ScheduleRequest& request,
                                 const QString& actor, const QDateTime& now);
    /// Writes `after` (inserted when `before` is no interview) and its audit
    /// entries; the caller's transaction keeps them together.
    Result<InterviewChange> store(const Interview& before, const Interview& after,
                                  const QString& reason, const QString& actor,
                                  const QDateTime& now);
    /// `change`, once `tx` committed it.
    static Result<InterviewChange> committed(TransactionGuard& tx, Result<InterviewChange> change);
    Result<Interview> stored(const QUuid& uuid);
    /// The stored interview; `ifCancelled` as the Error when it was cancelled.
    Result<Interview> standing(const QUuid& uuid, const QString& ifCancelled);
    /// The stored interview while it is still `expected` (bar row id and
    /// sequence); an Error that says it changed since otherwise.
    Result<Interview> unchanged(const Interview& expected);
    Result<QList<AuditEntry>> differences(const Interview& before, const Interview& after);
    Status audit(const Interview& before, const Interview& after, const QString& reason,
                 const QString& actor, const QDateTime& now);

    Database& m_db;
};

} // namespace debrief
