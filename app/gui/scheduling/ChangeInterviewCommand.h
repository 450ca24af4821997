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
    /// A reschedule that `done` already made (the form saved it on the
    /// version it read): the first redo does nothing, later ones move the
    /// interview again.
    static ChangeInterviewCommand* rescheduled(SchedulingCommands& commands,
                                               const InterviewChange& done,
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
    bool m_skipFirstRedo = false;
};

} // namespace debrief
