#include "InterviewScheduler.h"

#include "server/ServerPermissions.h"
#include "storage/ApplicationRepository.h"
#include "storage/AuditRepository.h"
#include "storage/Database.h"
#include "storage/InterviewRepository.h"
#include "storage/InterviewRoundRepository.h"
#include "storage/PanelistRepository.h"
#include "storage/ScorecardRepository.h"
#include "storage/TransactionGuard.h"
#include "storage/VersionedUpdate.h"

#include <QSet>
#include <QUrl>

#include <algorithm>

namespace debrief {
namespace {

const QString kEntity = QStringLiteral("interview");

/// The interview's state in the audit log: not there, scheduled, cancelled.
QString statusText(const Interview& interview) {
    if (interview.uuid.isNull())
        return {};
    return interview.isCancelled() ? QStringLiteral("cancelled") : QStringLiteral("scheduled");
}

/// Instants in the audit log as UTC ISO text, the same in every language.
QString instantText(const QDateTime& when) {
    return when.isValid() ? when.toUTC().toString(Qt::ISODateWithMs) : QString();
}

/// Equal apart from the row id, the invitation sequence and the row
/// version, which an undo moves on rather than back.
bool sameState(Interview a, const Interview& b) {
    a.id = b.id;
    a.invitationSequence = b.invitationSequence;
    a.rowVersion = b.rowVersion;
    return a == b;
}

void add(QList<ScheduleProblem>& problems, ScheduleField field, const QString& message) {
    problems.append({field, message, message});
}

/// A problem about one panelist: `pattern`'s %1 is their name in the
/// message, "panelist ID" in the text without names.
void addAbout(QList<ScheduleProblem>& problems, ScheduleField field, const QString& pattern,
              const QString& name, RowId panelistId) {
    problems.append({field, pattern.arg(name),
                     pattern.arg(InterviewScheduler::tr("Panelist %1").arg(panelistId))});
}

bool isWebAddress(const QString& text) {
    const QUrl url(text, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    return url.isValid() && (scheme == u"https" || scheme == u"http") && !url.host().isEmpty();
}

Error changedSince() {
    return Error{InterviewScheduler::tr("The interview has been changed since; undoing the "
                                        "earlier step would overwrite that change.")};
}

} // namespace

QString InterviewScheduler::fieldName(ScheduleField field) {
    switch (field) {
    case ScheduleField::Application:
        return tr("Candidate");
    case ScheduleField::Round:
        return tr("Round");
    case ScheduleField::Start:
        return tr("Date and time");
    case ScheduleField::Duration:
        return tr("Duration");
    case ScheduleField::Location:
        return tr("Location");
    case ScheduleField::VideoLink:
        return tr("Video link");
    case ScheduleField::Panelists:
        return tr("Panelists");
    case ScheduleField::Reason:
        return tr("Reason");
    }
    return {};
}

Error InterviewScheduler::refusal(const QList<ScheduleProblem>& problems) {
    QStringList lines;
    // Errors travel to logs and the command line: no names in them.
    for (const ScheduleProblem& problem : problems)
        lines.append(tr("%1: %2").arg(fieldName(problem.field), problem.withoutNames));
    return Error{lines.join(QLatin1Char('\n'))};
}

QList<ScheduleProblem> InterviewScheduler::validate(const ScheduleRequest& request) {
    QList<ScheduleProblem> problems;
    if (!request.start.isValid())
        add(problems, ScheduleField::Start, tr("Choose when the interview starts."));
    if (request.durationMinutes < kMinDurationMinutes ||
        request.durationMinutes > kMaxDurationMinutes)
        add(problems, ScheduleField::Duration,
            tr("An interview lasts from %1 minutes to %2 hours; %n minute(s) is outside that.", "",
               request.durationMinutes)
                .arg(kMinDurationMinutes)
                .arg(kMaxDurationMinutes / 60));
    const QString link = request.videoLink.trimmed();
    if (!link.isEmpty() && !isWebAddress(link))
        add(problems, ScheduleField::VideoLink,
            tr("Enter the call's web address, starting with https://."));
    if (request.panelistIds.isEmpty())
        add(problems, ScheduleField::Panelists, tr("Choose at least one panelist."));
    else if (QSet<RowId>(request.panelistIds.cbegin(), request.panelistIds.cend()).size() !=
             request.panelistIds.size())
        add(problems, ScheduleField::Panelists, tr("A panelist is listed more than once."));
    return problems;
}

QList<ScheduleProblem> InterviewScheduler::validateReason(const QString& reason) {
    QList<ScheduleProblem> problems;
    if (reason.trimmed().isEmpty())
        add(problems, ScheduleField::Reason,
            tr("Say why the interview is cancelled; the reason is kept with it."));
    return problems;
}

Result<QList<ScheduleProblem>> InterviewScheduler::check(const ScheduleRequest& request,
                                                         const QUuid& rescheduling) {
    QList<ScheduleProblem> problems = validate(request);
    if (request.applicationId == kNoRow) {
        add(problems, ScheduleField::Application, tr("Choose the candidate to interview."));
        return problems;
    }
    auto application = ApplicationRepository(m_db).get(request.applicationId);
    if (!application)
        return application.error();
    if (isTerminal(application->stage))
        add(problems, ScheduleField::Application,
            tr("The candidate is no longer in process (%1): move them back in the pipeline "
               "before scheduling an interview.")
                .arg(toLabel(application->stage)));

    if (request.roundId == kNoRow) {
        add(problems, ScheduleField::Round, tr("Choose the round of the interview."));
    } else {
        auto round = InterviewRoundRepository(m_db).get(request.roundId);
        if (!round)
            add(problems, ScheduleField::Round, tr("This round no longer exists."));
        else if (round->openingId != application->openingId)
            add(problems, ScheduleField::Round,
                tr("“%1” is a round of another opening.").arg(round->name));
    }

    PanelistRepository panelists(m_db);
    auto panel = panelists.forOpening(application->openingId);
    if (!panel)
        return panel.error();
    QSet<RowId> seated;
    for (const Panelist& panelist : *panel)
        seated.insert(panelist.id);
    for (const RowId id : request.panelistIds) {
        if (seated.contains(id))
            continue;
        auto panelist = panelists.get(id);
        if (panelist)
            addAbout(problems, ScheduleField::Panelists, tr("%1 is not on this opening's panel."),
                     panelist->name, id);
        else
            add(problems, ScheduleField::Panelists, tr("There is no panelist with id %1.").arg(id));
    }

    if (!rescheduling.isNull()) {
        auto interview = stored(rescheduling);
        if (!interview)
            return interview.error();
        if (interview->applicationId != request.applicationId)
            add(problems, ScheduleField::Application,
                tr("An interview stays with its candidate; schedule a new one instead."));
        auto cards = ScorecardRepository(m_db).forInterview(interview->id);
        if (!cards)
            return cards.error();
        for (const Scorecard& card : std::as_const(*cards)) {
            if (request.panelistIds.contains(card.panelistId))
                continue;
            auto panelist = panelists.get(card.panelistId);
            addAbout(problems, ScheduleField::Panelists,
                     tr("%1 has already written a scorecard for this interview and stays on it."),
                     panelist ? panelist->name : QString::number(card.panelistId), card.panelistId);
        }
    }
    std::stable_sort(problems.begin(), problems.end(),
                     [](const ScheduleProblem& a, const ScheduleProblem& b) {
                         return int(a.field) < int(b.field);
                     });
    return problems;
}

Result<RoundDefaults> InterviewScheduler::roundDefaults(RowId openingId, RowId roundId) {
    auto round = InterviewRoundRepository(m_db).get(roundId);
    if (!round)
        return round.error();
    if (round->openingId != openingId)
        return Error{tr("“%1” is a round of another opening.").arg(round->name)};
    RoundDefaults defaults;
    defaults.durationMinutes =
        round->durationMinutes > 0
            ? std::clamp(round->durationMinutes, kMinDurationMinutes, kMaxDurationMinutes)
            : kDefaultDurationMinutes;

    auto panel = PanelistRepository(m_db).forOpening(openingId);
    if (!panel)
        return panel.error();
    // The panel of the round's latest interview in this opening, as far as
    // those people are still on the panel: rounds tend to keep their
    // interviewers, and the same people make scores comparable.
    auto latest =
        m_db.exec(QStringLiteral("SELECT i.id FROM interviews i JOIN applications a ON a.id = "
                                 "i.application_id WHERE a.opening_id = ? AND i.round_id = ? AND "
                                 "i.cancelled_at IS NULL AND i.scheduled_at IS NOT NULL "
                                 "ORDER BY i.scheduled_at DESC, i.id DESC LIMIT 1"),
                  {openingId, roundId});
    if (!latest)
        return latest.error();
    if (latest->next()) {
        auto interview = InterviewRepository(m_db).get(latest->value(0).toLongLong());
        if (!interview)
            return interview.error();
        for (const Panelist& panelist : *panel) {
            if (interview->panelistIds.contains(panelist.id))
                defaults.panelistIds.append(panelist.id);
        }
    }
    if (defaults.panelistIds.isEmpty()) {
        for (const Panelist& panelist : *panel)
            defaults.panelistIds.append(panelist.id);
    }
    return defaults;
}

Result<ScheduleRequest> InterviewScheduler::proposal(RowId applicationId, RowId roundId,
                                                     const QDateTime& start) {
    auto application = ApplicationRepository(m_db).get(applicationId);
    if (!application)
        return application.error();
    auto rounds = InterviewRoundRepository(m_db).forOpening(application->openingId);
    if (!rounds)
        return rounds.error();
    if (rounds->isEmpty())
        return Error{tr("The opening has no interview rounds yet: add one to its set-up before "
                        "scheduling an interview.")};
    if (roundId == kNoRow) {
        auto interviews = InterviewRepository(m_db).forApplication(applicationId);
        if (!interviews)
            return interviews.error();
        roundId = rounds->constLast().id;
        for (const InterviewRound& round : std::as_const(*rounds)) {
            const bool had = std::any_of(
                interviews->cbegin(), interviews->cend(), [&round](const Interview& interview) {
                    return interview.roundId == round.id && !interview.isCancelled();
                });
            if (!had) {
                roundId = round.id;
                break;
            }
        }
    }
    auto defaults = roundDefaults(application->openingId, roundId);
    if (!defaults)
        return defaults.error();
    ScheduleRequest request;
    request.applicationId = applicationId;
    request.roundId = roundId;
    request.start = start;
    request.durationMinutes = defaults->durationMinutes;
    request.panelistIds = defaults->panelistIds;
    return request;
}

ScheduleRequest InterviewScheduler::requestFor(const Interview& interview) {
    ScheduleRequest request;
    request.applicationId = interview.applicationId;
    request.roundId = interview.roundId;
    request.start = interview.scheduledAt;
    request.durationMinutes = interview.durationMinutes;
    request.location = interview.location;
    request.videoLink = interview.videoLink;
    request.panelistIds = interview.panelistIds;
    return request;
}

Result<Interview> InterviewScheduler::schedule(const ScheduleRequest& request, const QString& actor,
                                               const QDateTime& now, const QUuid& uuid) {
    TransactionGuard tx(m_db);
    if (!tx.begun())
        return tx.begun().error();
    auto problems = check(request);
    if (!problems)
        return problems.error();
    if (!problems->isEmpty())
        return refusal(*problems);
    Interview interview = applied(Interview{}, request);
    interview.uuid = uuid;
    auto written = store(Interview{}, interview, {}, actor, now);
    if (!written)
        return written.error();
    if (Status committed = tx.commit(); !committed)
        return committed.error();
    return written->after;
}

Result<InterviewChange> InterviewScheduler::reschedule(const QUuid& interviewUuid,
                                                       const ScheduleRequest& request,
                                                       const QString& actor, const QDateTime& now) {
    TransactionGuard tx(m_db);
    if (!tx.begun())
        return tx.begun().error();
    auto before =
        standing(interviewUuid, tr("This interview was cancelled; schedule a new one instead."));
    if (!before)
        return before.error();
    return committed(tx, move(*before, request, actor, now));
}

VersionedSave<Interview> InterviewScheduler::rescheduleAsRead(Interview& interview,
                                                              const ScheduleRequest& request,
                                                              const QString& actor,
                                                              const QDateTime& now) {
    TransactionGuard tx(m_db);
    if (!tx.begun())
        return tx.begun();
    auto before = stored(interview.uuid);
    if (!before)
        return before.error();
    // Compared before anything else, so a cancellation meanwhile shows as
    // the other person's version rather than as a bare refusal.
    if (before->rowVersion != interview.rowVersion) {
        return VersionedSave<Interview>::stale(
            *before, sql::RowVersions::changedMeanwhile(tr("Interview %1").arg(before->id),
                                                        m_db.location()));
    }
    if (before->isCancelled())
        return Error{tr("This interview was cancelled; schedule a new one instead.")};
    auto change = committed(tx, move(*before, request, actor, now));
    if (!change)
        return change.error();
    interview = change->after;
    return {};
}

Result<InterviewChange> InterviewScheduler::move(const Interview& before,
                                                 const ScheduleRequest& request,
                                                 const QString& actor, const QDateTime& now) {
    auto problems = check(request, before.uuid);
    if (!problems)
        return problems.error();
    if (!problems->isEmpty())
        return refusal(*problems);
    Interview after = applied(before, request);
    if (after == before)
        return InterviewChange{before, before};
    after.invitationSequence = before.invitationSequence + 1;
    return store(before, after, {}, actor, now);
}

Result<InterviewChange> InterviewScheduler::cancel(const QUuid& interviewUuid,
                                                   const QString& reason, const QString& actor,
                                                   const QDateTime& now) {
    if (const auto problems = validateReason(reason); !problems.isEmpty())
        return refusal(problems);
    TransactionGuard tx(m_db);
    if (!tx.begun())
        return tx.begun().error();
    auto before = standing(interviewUuid, tr("This interview is already cancelled."));
    if (!before)
        return before.error();
    auto cards = ScorecardRepository(m_db).forInterview(before->id);
    if (!cards)
        return cards.error();
    const auto submitted = std::count_if(cards->cbegin(), cards->cend(),
                                         [](const Scorecard& card) { return card.isSubmitted(); });
    if (submitted > 0)
        return Error{tr("%n scorecard(s) were submitted for this interview: it took place and "
                        "cannot be cancelled.",
                        "", int(submitted))};
    Interview after = *before;
    after.cancelledAt = now.toUTC();
    after.cancelledBy = actor;
    after.cancellationReason = reason.trimmed();
    after.invitationSequence = before->invitationSequence + 1;
    return committed(tx, store(*before, after, after.cancellationReason, actor, now));
}

Status InterviewScheduler::unschedule(const Interview& scheduled, const QString& actor,
                                      const QDateTime& now) {
    TransactionGuard tx(m_db);
    if (!tx.begun())
        return tx.begun();
    auto current = unchanged(scheduled);
    if (!current)
        return current.error();
    auto cards = ScorecardRepository(m_db).forInterview(current->id);
    if (!cards)
        return cards.error();
    if (!cards->isEmpty())
        return Error{tr("%n scorecard(s) were written for this interview since it was scheduled, "
                        "so it stays; cancel it instead.",
                        "", int(cards->size()))};
    if (Status allowed = ServerPermissions(m_db).maySchedule(current->applicationId); !allowed)
        return allowed;
    if (Status removed = InterviewRepository(m_db).remove(current->id); !removed)
        return removed;
    if (Status audited = audit(*current, Interview{}, {}, actor, now); !audited)
        return audited;
    return tx.commit();
}

Status InterviewScheduler::restore(const InterviewChange& change, const QString& actor,
                                   const QDateTime& now) {
    if (!change.changedAnything())
        return {};
    TransactionGuard tx(m_db);
    if (!tx.begun())
        return tx.begun();
    auto current = unchanged(change.after);
    if (!current)
        return current.error();
    Interview restored = change.before;
    restored.id = current->id;
    restored.rowVersion = current->rowVersion;
    restored.invitationSequence = current->invitationSequence + 1;
    auto written = committed(tx, store(*current, restored, {}, actor, now));
    if (!written)
        return written.error();
    return {};
}

Interview InterviewScheduler::applied(Interview interview, const ScheduleRequest& request) {
    interview.applicationId = request.applicationId;
    interview.roundId = request.roundId;
    interview.scheduledAt = request.start.toUTC();
    interview.durationMinutes = request.durationMinutes;
    interview.location = request.location.trimmed();
    interview.videoLink = request.videoLink.trimmed();
    interview.panelistIds = request.panelistIds;
    return interview;
}

Result<InterviewChange> InterviewScheduler::store(const Interview& before, const Interview& after,
                                                  const QString& reason, const QString& actor,
                                                  const QDateTime& now) {
    // On a server the schedule is the lead's: said so before the server
    // refuses the write with its own words.
    if (Status allowed = ServerPermissions(m_db).maySchedule(after.applicationId); !allowed)
        return allowed.error();
    InterviewRepository interviews(m_db);
    Interview written = after;
    if (Status saved =
            before.uuid.isNull() ? interviews.insert(written) : Status(interviews.update(written));
        !saved)
        return saved.error();
    // As read back, so that an undo compares like with like.
    auto readBack = interviews.get(written.id);
    if (!readBack)
        return readBack.error();
    if (Status audited = audit(before, *readBack, reason, actor, now); !audited)
        return audited.error();
    return InterviewChange{before, *readBack};
}

Result<InterviewChange> InterviewScheduler::committed(TransactionGuard& tx,
                                                      Result<InterviewChange> change) {
    if (!change)
        return change;
    if (Status done = tx.commit(); !done)
        return done.error();
    return change;
}

Result<Interview> InterviewScheduler::standing(const QUuid& uuid, const QString& ifCancelled) {
    auto current = stored(uuid);
    if (current && current->isCancelled())
        return Error{ifCancelled};
    return current;
}

Result<Interview> InterviewScheduler::unchanged(const Interview& expected) {
    auto current = stored(expected.uuid);
    if (!current)
        return current;
    if (!sameState(*current, expected))
        return changedSince();
    return current;
}

Result<Interview> InterviewScheduler::stored(const QUuid& uuid) {
    auto found = InterviewRepository(m_db).findByUuid(uuid);
    if (!found)
        return found.error();
    if (!found->has_value())
        return Error{
            tr("The interview %1 no longer exists.").arg(uuid.toString(QUuid::WithoutBraces))};
    return **found;
}

Result<QList<AuditEntry>> InterviewScheduler::differences(const Interview& before,
                                                          const Interview& after) {
    // Names rather than row ids: the log is read by people, in any file.
    InterviewRoundRepository rounds(m_db);
    PanelistRepository panelists(m_db);
    std::optional<Error> failed;
    const auto roundName = [&](const Interview& interview) -> QString {
        if (interview.uuid.isNull() || interview.roundId == kNoRow)
            return {};
        auto round = rounds.get(interview.roundId);
        if (!round)
            failed = round.error();
        return round ? round->name : QString();
    };
    const auto panelNames = [&](const Interview& interview) {
        QStringList names;
        for (const RowId id : interview.panelistIds) {
            auto panelist = panelists.get(id);
            if (!panelist)
                failed = panelist.error();
            names.append(panelist ? panelist->name : QString());
        }
        return names.join(QStringLiteral(", "));
    };
    const auto values = [&](const Interview& i) -> QList<std::pair<QString, QString>> {
        const bool there = !i.uuid.isNull();
        return {{QStringLiteral("status"), statusText(i)},
                {QStringLiteral("round"), roundName(i)},
                {QStringLiteral("scheduled_at"), instantText(i.scheduledAt)},
                {QStringLiteral("duration_minutes"),
                 there ? QString::number(i.durationMinutes) : QString()},
                {QStringLiteral("location"), i.location},
                {QStringLiteral("video_link"), i.videoLink},
                {QStringLiteral("panelists"), panelNames(i)}};
    };
    const auto old = values(before);
    const auto now = values(after);
    if (failed)
        return *failed;
    QList<AuditEntry> entries;
    for (qsizetype i = 0; i < old.size(); ++i) {
        if (old.at(i).second != now.at(i).second)
            entries.append(
                AuditEntry::change(kEntity, old.at(i).first, old.at(i).second, now.at(i).second));
    }
    return entries;
}

Status InterviewScheduler::audit(const Interview& before, const Interview& after,
                                 const QString& reason, const QString& actor,
                                 const QDateTime& now) {
    auto entries = differences(before, after);
    if (!entries)
        return entries.error();
    for (AuditEntry& entry : *entries)
        entry.reason = reason;
    const QUuid uuid = after.uuid.isNull() ? before.uuid : after.uuid;
    return AuditRepository(m_db).insertChanges(*entries, uuid, actor, now);
}

} // namespace debrief
