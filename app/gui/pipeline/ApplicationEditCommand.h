#pragma once

#include "pipeline/ApplicationChange.h"

#include <QUndoCommand>
#include <QUuid>

namespace debrief {

class PipelineCommands;

/// One edit of an application's stage, promised date or notes, kept as the
/// touched fields before and after so undo restores exactly those. The
/// first redo is the user's edit, on the version the editor read; undo and
/// later redos restore the fields where they still hold what this command
/// left, so one's own edits are never refused as stale.
class ApplicationEditCommand : public QUndoCommand {
public:
    ApplicationEditCommand(PipelineCommands& commands, const QUuid& applicationUuid,
                           ApplicationChange before, ApplicationChange after, int readVersion,
                           const QString& text);

    void undo() override;
    void redo() override;

private:
    PipelineCommands& m_commands;
    QUuid m_applicationUuid;
    ApplicationChange m_before;
    ApplicationChange m_after;
    int m_readVersion = 0;
    bool m_done = false;
};

} // namespace debrief
