#pragma once

#include "pipeline/ApplicationChange.h"

#include <QUndoCommand>
#include <QUuid>

namespace debrief {

class PipelineCommands;

/// One edit of an application's stage, promised date or notes, kept as the
/// touched fields before and after so undo restores exactly those.
class ApplicationEditCommand : public QUndoCommand {
public:
    ApplicationEditCommand(PipelineCommands& commands, const QUuid& applicationUuid,
                           ApplicationChange before, ApplicationChange after, const QString& text);

    void undo() override;
    void redo() override;

private:
    PipelineCommands& m_commands;
    QUuid m_applicationUuid;
    ApplicationChange m_before;
    ApplicationChange m_after;
    bool m_done = false;
};

} // namespace debrief
