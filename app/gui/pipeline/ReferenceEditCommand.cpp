#include "ReferenceEditCommand.h"

#include "PipelineCommands.h"

namespace debrief {

ReferenceEditCommand::ReferenceEditCommand(PipelineCommands& commands, const QUuid& applicationUuid,
                                           std::optional<Reference> before,
                                           std::optional<Reference> after, const QString& text)
    : QUndoCommand(text)
    , m_commands(commands)
    , m_applicationUuid(applicationUuid)
    , m_before(std::move(before))
    , m_after(std::move(after)) {
}

void ReferenceEditCommand::undo() {
    m_commands.applyReference(m_applicationUuid, m_after, m_before);
}

void ReferenceEditCommand::redo() {
    // The first redo is the user's edit, on the version the dialog read;
    // undo and later redos check the content instead, so one's own edits
    // are never refused as stale.
    const bool applied = m_commands.applyReference(m_applicationUuid, m_before, m_after, !m_done);
    if (!applied && !m_done)
        setObsolete(true); // refused at once: nothing to undo
    m_done = true;
}

} // namespace debrief
