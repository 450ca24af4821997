#pragma once

#include "domain/Reference.h"

#include <QUndoCommand>
#include <QUuid>

#include <optional>

namespace debrief {

class PipelineCommands;

/// Adding (no "before"), editing or removing (no "after") one reference.
/// The reference is named by its uuid, which survives being removed by an
/// undo and put back by a redo.
class ReferenceEditCommand : public QUndoCommand {
public:
    ReferenceEditCommand(PipelineCommands& commands, const QUuid& applicationUuid,
                         std::optional<Reference> before, std::optional<Reference> after,
                         const QString& text);

    void undo() override;
    void redo() override;

private:
    PipelineCommands& m_commands;
    QUuid m_applicationUuid;
    std::optional<Reference> m_before;
    std::optional<Reference> m_after;
    bool m_done = false;
};

} // namespace debrief
