#pragma once

#include "opening/OpeningCreator.h"
#include "opening/OpeningSetupContext.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace debrief {

/// "Create opening “…”" on the window's undo stack. It is pushed after the
/// opening was written, so the first redo does nothing. Undo removes the
/// opening only while nothing has been added to it (OpeningCreator::remove);
/// otherwise the command gives up and the history is cleared.
class CreateOpeningCommand : public QUndoCommand {
    Q_DECLARE_TR_FUNCTIONS(CreateOpeningCommand)

public:
    CreateOpeningCommand(OpeningSetupContext context, CreatedOpening created);

    void undo() override;
    void redo() override;

private:
    OpeningSetupContext m_context;
    CreatedOpening m_created;
    bool m_written = true;
};

} // namespace debrief
