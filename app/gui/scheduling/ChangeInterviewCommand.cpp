#include "ChangeInterviewCommand.h"

#include "SchedulingCommands.h"

namespace debrief {

ChangeInterviewCommand* ChangeInterviewCommand::reschedule(SchedulingCommands& commands,
                                                           const QUuid& interview,
                                                           const ScheduleRequest& request,
                                                           const QString& text) {
    return new ChangeInterviewCommand(
        commands,
        [&commands, interview, request] { return commands.rescheduleNow(interview, request); },
        text);
}

ChangeInterviewCommand* ChangeInterviewCommand::rescheduled(SchedulingCommands& commands,
                                                            const InterviewChange& done,
                                                            const ScheduleRequest& request,
                                                            const QString& text) {
    auto* command = reschedule(commands, done.after.uuid, request, text);
    command->m_change = done;
    command->m_skipFirstRedo = true;
    return command;
}

ChangeInterviewCommand* ChangeInterviewCommand::cancel(SchedulingCommands& commands,
                                                       const QUuid& interview,
                                                       const QString& reason, const QString& text) {
    return new ChangeInterviewCommand(
        commands, [&commands, interview, reason] { return commands.cancelNow(interview, reason); },
        text);
}

ChangeInterviewCommand::ChangeInterviewCommand(SchedulingCommands& commands, Step step,
                                               const QString& text)
    : QUndoCommand(text)
    , m_commands(commands)
    , m_step(std::move(step)) {
}

void ChangeInterviewCommand::undo() {
    if (!m_change)
        return;
    if (m_commands.restore(*m_change))
        m_change.reset();
    else
        setObsolete(true);
}

void ChangeInterviewCommand::redo() {
    if (m_skipFirstRedo) {
        m_skipFirstRedo = false; // pushed after the change was written
        return;
    }
    m_change = m_step();
    if (!m_change)
        setObsolete(true);
}

} // namespace debrief
