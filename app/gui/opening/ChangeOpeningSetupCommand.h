#pragma once

#include "opening/OpeningSetup.h"
#include "opening/OpeningSetupContext.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace debrief {

/// "Change set-up of “…”" on the window's undo stack: the set-up before and
/// after, written back with OpeningSetupUpdater::restore while the stored
/// set-up is still the other one (refused when someone else changed it in
/// between, never for its own row version moving on). Pushed after the
/// change was written, so the first redo does nothing. The opening is found
/// by uuid, which survives an undone and redone creation.
class ChangeOpeningSetupCommand : public QUndoCommand {
    Q_DECLARE_TR_FUNCTIONS(ChangeOpeningSetupCommand)

public:
    ChangeOpeningSetupCommand(OpeningSetupContext context, OpeningSetup before, OpeningSetup after);

    void undo() override;
    void redo() override;

private:
    void write(const OpeningSetup& setup, const OpeningSetup& expected, const QString& failure);

    OpeningSetupContext m_context;
    OpeningSetup m_before;
    OpeningSetup m_after;
    bool m_firstRedo = true;
};

} // namespace debrief
