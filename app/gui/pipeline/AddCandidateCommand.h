#pragma once

#include "domain/RowId.h"
#include "pipeline/CandidateIntake.h"

#include <QUndoCommand>

#include <optional>

namespace debrief {

class PipelineCommands;

/// Adding a candidate to an opening by hand. Undo removes the application,
/// and the candidate when they were new and applied nowhere else; redo puts
/// both back under the same uuids, so later commands still find them.
class AddCandidateCommand : public QUndoCommand {
public:
    AddCandidateCommand(PipelineCommands& commands, RowId openingId, NewCandidate input,
                        const QString& text);

    void undo() override;
    void redo() override;

private:
    PipelineCommands& m_commands;
    RowId m_openingId;
    NewCandidate m_input;
    /// What the first redo stored; empty until then.
    std::optional<IntakeRecord> m_record;
};

} // namespace debrief
