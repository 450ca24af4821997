#include "ScheduleInterviewCommand.h"

#include "SchedulingCommands.h"
#include "storage/RecordUuid.h"

namespace debrief {

ScheduleInterviewCommand::ScheduleInterviewCommand(SchedulingCommands& commands,
                                                   ScheduleRequest request,
                                                   const QUuid& applicationUuid,
                                                   const QUuid& roundUuid, const QString& text)
    : QUndoCommand(text)
    , m_commands(commands)
    , m_request(std::move(request))
    , m_applicationUuid(applicationUuid)
    , m_roundUuid(roundUuid)
    , m_interviewUuid(RecordUuid::create()) {
}

void ScheduleInterviewCommand::undo() {
    if (!m_scheduled)
        return;
    if (m_commands.unschedule(*m_scheduled))
        m_scheduled.reset();
    else
        setObsolete(true); // it stays scheduled for good: nothing left to undo or redo
}

void ScheduleInterviewCommand::redo() {
    if (m_tried) {
        auto request = m_commands.refreshed(m_request, m_applicationUuid, m_roundUuid);
        if (!request) {
            setObsolete(true);
            return;
        }
        m_request = *request;
    }
    m_scheduled = m_commands.scheduleNow(m_request, m_interviewUuid);
    // Refused: there is nothing to undo, so the stack drops it.
    if (!m_scheduled)
        setObsolete(true);
    m_tried = true;
}

} // namespace debrief
