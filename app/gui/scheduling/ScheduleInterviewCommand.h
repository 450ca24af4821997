#pragma once

#include "scheduling/InterviewScheduler.h"

#include <QUndoCommand>

#include <optional>

namespace debrief {

class SchedulingCommands;

/// "Schedule interview with …" on the undo stack. The interview's uuid is
/// fixed when the command is made, so a redo after an undo puts back the
/// very same interview; undo removes it (refused once a scorecard was
/// written for it, and then the command leaves the stack).
class ScheduleInterviewCommand : public QUndoCommand {
public:
    ScheduleInterviewCommand(SchedulingCommands& commands, ScheduleRequest request,
                             const QUuid& applicationUuid, const QUuid& roundUuid,
                             const QString& text);

    void undo() override;
    void redo() override;

private:
    SchedulingCommands& m_commands;
    ScheduleRequest m_request;
    QUuid m_applicationUuid;
    QUuid m_roundUuid;
    QUuid m_interviewUuid;
    std::optional<Interview> m_scheduled;
    bool m_tried = false;
};

} // namespace debrief
