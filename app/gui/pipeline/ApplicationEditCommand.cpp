#include "ApplicationEditCommand.h"

#include "PipelineCommands.h"

namespace debrief {

ApplicationEditCommand::ApplicationEditCommand(PipelineCommands& commands,
                                               const QUuid& applicationUuid,
                                               ApplicationChange before, ApplicationChange after,
                                               int readVersion, const QString& text)
    : QUndoCommand(text)
    , m_commands(commands)
    , m_applicationUuid(applicationUuid)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_readVersion(readVersion) {
}

void ApplicationEditCommand::undo() {
    m_commands.restoreChange(m_applicationUuid, m_after, m_before);
}

void ApplicationEditCommand::redo() {
    const bool applied = m_done ? m_commands.restoreChange(m_applicationUuid, m_before, m_after)
                                : m_commands.applyChange(m_applicationUuid, m_after, m_readVersion);
    // A first attempt the database refused leaves nothing to undo: the
    // stack drops an obsolete command instead of keeping it.
    if (!applied && !m_done)
        setObsolete(true);
    m_done = true;
}

} // namespace debrief
