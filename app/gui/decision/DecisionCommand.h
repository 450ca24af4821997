#pragma once

#include "Result.h"
#include "decision/DecisionChange.h"

#include <QUndoCommand>

#include <functional>
#include <optional>

namespace debrief {

class DecisionCommands;
class DecisionWorkflow;

/// One decision step (record, amend, offer accepted or declined) on the
/// main window's undo stack: redo runs the step through DecisionWorkflow,
/// undo takes back exactly what it wrote. When core refuses the undo (a
/// message went out since), the command says why and leaves the stack, so
/// the step stays as it is.
class DecisionCommand : public QUndoCommand {
public:
    /// The step; it runs again on every redo.
    using Step = std::function<Result<DecisionChange>(DecisionWorkflow&)>;

    DecisionCommand(DecisionCommands& commands, Step step, const QString& text);

    void undo() override;
    void redo() override;

private:
    DecisionCommands& m_commands;
    Step m_step;
    std::optional<DecisionChange> m_change;
    bool m_tried = false;
};

} // namespace debrief
