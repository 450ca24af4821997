#include "ChangeOpeningSetupCommand.h"

#include "DatabaseSession.h"

#include "opening/OpeningSetupUpdater.h"
#include "opening/PanelDirectory.h"

namespace debrief {

ChangeOpeningSetupCommand::ChangeOpeningSetupCommand(OpeningSetupContext context,
                                                     OpeningSetup before, OpeningSetup after)
    : QUndoCommand(tr("Change set-up of “%1”").arg(after.title.trimmed()))
    , m_context(std::move(context))
    , m_before(std::move(before))
    , m_after(std::move(after)) {
}

void ChangeOpeningSetupCommand::undo() {
    write(m_before, m_after, tr("The set-up of “%1” cannot be put back. %2"));
}

void ChangeOpeningSetupCommand::redo() {
    if (m_firstRedo) {
        m_firstRedo = false; // pushed after the change was written
        return;
    }
    write(m_after, m_before, tr("The set-up of “%1” cannot be changed again. %2"));
}

void ChangeOpeningSetupCommand::write(const OpeningSetup& setup, const OpeningSetup& expected,
                                      const QString& failure) {
    Database& db = m_context.session->database();
    // On the version stored now (our own write moved it on), but only while
    // the opening is as this command left it: never over someone else's.
    auto written = OpeningSetupUpdater(db).restore(setup, expected);
    if (!written) {
        setObsolete(true);
        m_context.giveUp(failure.arg(setup.title, written.errorMessage()));
        return;
    }
    auto opening = PanelDirectory(db).openingByUuid(setup.uuid);
    m_context.showOpening(opening && opening->has_value() ? (*opening)->id : kNoRow);
}

} // namespace debrief
