#include "DecisionCommand.h"

#include "DecisionCommands.h"

namespace debrief {

DecisionCommand::DecisionCommand(DecisionCommands& commands, Step step, const QString& text)
    : QUndoCommand(text)
    , m_commands(commands)
    , m_step(std::move(step)) {
}

void DecisionCommand::redo() {
    m_change = m_commands.apply(m_step, !m_tried);
    // Refused at once: there is nothing to undo, so the stack drops it.
    if (!m_change && !m_tried)
        setObsolete(true);
    m_tried = true;
}

void DecisionCommand::undo() {
    if (!m_change)
        return;
    if (m_commands.takeBack(*m_change))
        m_change.reset();
    else
        setObsolete(true); // QUndoStack removes a command left obsolete by undo()
}

} // namespace debrief
