#include "SchedulingCommands.h"

#include "ChangeInterviewCommand.h"
#include "DatabaseSession.h"
#include "ScheduleInterviewCommand.h"

#include "pipeline/CandidateRecords.h"
#include "scheduling/InterviewRecords.h"

#include <QUndoStack>

namespace debrief {

SchedulingCommands::SchedulingCommands(DatabaseSession& session, QUndoStack& stack, Actor actor,
                                       Now now, QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_stack(stack)
    , m_actor(std::move(actor))
    , m_now(std::move(now)) {
}

void SchedulingCommands::schedule(const ScheduleRequest& request, const QString& candidateName) {
    if (!m_session.isOpen())
        return;
    auto application = CandidateRecords(m_session.database()).application(request.applicationId);
    auto round = InterviewRecords(m_session.database()).round(request.roundId);
    if (!application || !round) {
        emit errorOccurred(application ? round.errorMessage() : application.errorMessage());
        return;
    }
    m_stack.push(new ScheduleInterviewCommand(*this, request, application->uuid, round->uuid,
                                              tr("Schedule interview with %1").arg(candidateName)));
}

VersionedSave<Interview> SchedulingCommands::reschedule(const Interview& read,
                                                        const ScheduleRequest& request,
                                                        const QString& candidateName) {
    if (!m_session.isOpen())
        return Error{tr("No database is open.")};
    if (InterviewScheduler::applied(read, request) == read)
        return {};
    Interview moved = read;
    auto saved = InterviewScheduler(m_session.database())
                     .rescheduleAsRead(moved, request, m_actor(), m_now());
    if (!saved)
        return saved;
    m_stack.push(
        ChangeInterviewCommand::rescheduled(*this, InterviewChange{read, moved}, request,
                                            tr("Reschedule interview with %1").arg(candidateName)));
    emit applicationChanged(moved.applicationId);
    return saved;
}

void SchedulingCommands::cancel(const Interview& current, const QString& reason,
                                const QString& candidateName) {
    m_stack.push(ChangeInterviewCommand::cancel(*this, current.uuid, reason,
                                                tr("Cancel interview with %1").arg(candidateName)));
}

template <typename T>
std::optional<T> SchedulingCommands::announced(Result<T> result, RowId applicationId) {
    if (!result) {
        emit errorOccurred(result.errorMessage());
        return std::nullopt;
    }
    emit applicationChanged(applicationId);
    return std::move(result).value();
}

std::optional<Interview> SchedulingCommands::scheduleNow(const ScheduleRequest& request,
                                                         const QUuid& uuid) {
    if (!m_session.isOpen())
        return std::nullopt;
    return announced(
        InterviewScheduler(m_session.database()).schedule(request, m_actor(), m_now(), uuid),
        request.applicationId);
}

bool SchedulingCommands::unschedule(const Interview& scheduled) {
    if (!m_session.isOpen())
        return false;
    Status done =
        InterviewScheduler(m_session.database()).unschedule(scheduled, m_actor(), m_now());
    return announced(done ? Result<bool>(true) : Result<bool>(done.error()),
                     scheduled.applicationId)
        .has_value();
}

std::optional<InterviewChange> SchedulingCommands::rescheduleNow(const QUuid& interview,
                                                                 const ScheduleRequest& request) {
    if (!m_session.isOpen())
        return std::nullopt;
    return announced(
        InterviewScheduler(m_session.database()).reschedule(interview, request, m_actor(), m_now()),
        request.applicationId);
}

std::optional<InterviewChange> SchedulingCommands::cancelNow(const QUuid& interview,
                                                             const QString& reason) {
    if (!m_session.isOpen())
        return std::nullopt;
    auto cancelled =
        InterviewScheduler(m_session.database()).cancel(interview, reason, m_actor(), m_now());
    const RowId application = cancelled ? cancelled->after.applicationId : kNoRow;
    return announced(std::move(cancelled), application);
}

bool SchedulingCommands::restore(const InterviewChange& change) {
    if (!m_session.isOpen())
        return false;
    Status done = InterviewScheduler(m_session.database()).restore(change, m_actor(), m_now());
    return announced(done ? Result<bool>(true) : Result<bool>(done.error()),
                     change.after.applicationId)
        .has_value();
}

std::optional<ScheduleRequest> SchedulingCommands::refreshed(ScheduleRequest request,
                                                             const QUuid& application,
                                                             const QUuid& round) {
    if (!m_session.isOpen())
        return std::nullopt;
    auto storedApplication = CandidateRecords(m_session.database()).applicationByUuid(application);
    auto storedRound = InterviewRecords(m_session.database()).roundByUuid(round);
    if (!storedApplication || !storedRound || !storedApplication->has_value() ||
        !storedRound->has_value()) {
        emit errorOccurred(tr("The candidate or the round of this interview no longer exists."));
        return std::nullopt;
    }
    request.applicationId = (*storedApplication)->id;
    request.roundId = (*storedRound)->id;
    return request;
}

} // namespace debrief
