#include "CreateOpeningCommand.h"

#include "DatabaseSession.h"

namespace debrief {

CreateOpeningCommand::CreateOpeningCommand(OpeningSetupContext context, CreatedOpening created)
    : QUndoCommand(tr("Create opening “%1”").arg(created.opening.title))
    , m_context(std::move(context))
    , m_created(std::move(created)) {
}

void CreateOpeningCommand::undo() {
    Status removed = OpeningCreator(m_context.session->database()).remove(m_created);
    if (!removed) {
        setObsolete(true);
        m_context.giveUp(tr("Creating “%1” cannot be undone. %2")
                             .arg(m_created.opening.title, removed.errorMessage()));
        return;
    }
    m_written = false;
    m_context.showOpening(kNoRow);
}

void CreateOpeningCommand::redo() {
    if (m_written)
        return; // pushed after the opening was written
    // The recorded set-up carries the uuids and panelist ids of the first
    // creation, so later steps that name this opening find it again.
    auto created = OpeningCreator(m_context.session->database())
                       .create(m_created.setup, m_created.opening.createdAt);
    if (!created) {
        setObsolete(true);
        m_context.giveUp(tr("Creating “%1” again failed. %2")
                             .arg(m_created.opening.title, created.errorMessage()));
        return;
    }
    m_created = std::move(created).value();
    m_written = true;
    m_context.showOpening(m_created.opening.id);
}

} // namespace debrief
