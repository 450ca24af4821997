#include "AddCandidateCommand.h"

#include "PipelineCommands.h"

namespace debrief {

AddCandidateCommand::AddCandidateCommand(PipelineCommands& commands, RowId openingId,
                                         NewCandidate input, const QString& text)
    : QUndoCommand(text)
    , m_commands(commands)
    , m_openingId(openingId)
    , m_input(std::move(input)) {
}

void AddCandidateCommand::undo() {
    if (m_record)
        m_commands.takeBackIntake(*m_record);
}

void AddCandidateCommand::redo() {
    if (!m_record) {
        m_record = m_commands.addIntake(m_openingId, m_input);
        if (!m_record)
            setObsolete(true); // refused at once: nothing to undo
        return;
    }
    if (auto restored = m_commands.restoreIntake(*m_record))
        m_record = std::move(restored);
}

} // namespace debrief
