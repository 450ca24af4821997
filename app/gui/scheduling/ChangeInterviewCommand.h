#pragma once

#include "scheduling/InterviewScheduler.h"

#include <QUndoCommand>

#include <functional>
#include <optional>

namespace debrief {

class SchedulingCommands;

/// "Reschedule interview with …" or "Cancel interview with …" on the undo
/// stack: redo does it (again), undo puts the interview back as it was
/// (InterviewScheduler::restore). When the database refuses either, the
/// command leaves the stack, since its step cannot be repeated or taken back.
class ChangeInterviewCommand : public QUndoCommand {
public:
    static ChangeInterviewCommand* reschedule(SchedulingCommands& commands, const QUuid& interview,
                                              const ScheduleRequest& request, const QString& text);
    static ChangeInterviewCommand* cancel(SchedulingCommands& commands, const QUuid& interview,
                                          const QString& reason, const QString& text);

    void undo() override;
    void redo() override;

private:
    using Step = std::function<std::optional<InterviewChange>()>;
    ChangeInterviewCommand(SchedulingCommands& commands, Step step, const QString& text);

    SchedulingCommands& m_commands;
    Step m_step;
    std::optional<InterviewChange> m_change;
};

} // namespace debrief
