#include "OpeningSetupMenu.h"

#include "DatabaseSession.h"
#include "MainWindow.h"
#include "OpeningMenu.h"
#include "WarningBox.h"
#include "opening/ChangeOpeningSetupCommand.h"
#include "opening/CreateOpeningCommand.h"
#include "opening/OpeningSetupDialog.h"

#include "opening/OpeningSetupUpdater.h"
#include "server/PermittedAction.h"
#include "server/ServerPermissions.h"

#include <QAction>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QUndoStack>

namespace debrief {
namespace {

/// A step that cannot be undone (or redone) any more also strands every
/// step before it, which builds on it: the history goes, with a note why.
void giveUp(MainWindow* window, const QString& reason) {
    // Queued: the stack is still inside undo()/redo() of the failed step.
    QMetaObject::invokeMethod(window->undoStack(), &QUndoStack::clear, Qt::QueuedConnection);
    auto* box = new QMessageBox(
        QMessageBox::Information, OpeningSetupMenu::tr("Undo"),
        reason + QStringLiteral("\n\n") +
            OpeningSetupMenu::tr("The undo history has been cleared, since the earlier steps "
                                 "build on this one."),
        QMessageBox::Ok, window);
    box->setTextFormat(Qt::PlainText); // the reason may name a candidate
    box->setObjectName(QStringLiteral("undoGivenUpMessage"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
    window->showOpening(kNoRow);
}

OpeningSetupContext contextOf(MainWindow* window, DatabaseSession& session) {
    return {&session, [window](RowId id) { window->showOpening(id); },
            [window](const QString& reason) {
                giveUp(window, reason);
            }};
}

OpeningSetupDialog* openDialog(MainWindow* window, DatabaseSession& session) {
    auto* dialog = new OpeningSetupDialog(session, window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    return dialog;
}

void newOpening(MainWindow* window, DatabaseSession& session) {
    if (!session.isOpen())
        return;
    OpeningSetupDialog* dialog = openDialog(window, session);
    if (Status started = dialog->startNew(QLocale().name()); !started) {
        delete dialog;
        WarningBox::show(window, OpeningSetupMenu::tr("New Opening"), started.errorMessage());
        return;
    }
    dialog->setCommit([window, &session](const OpeningSetup& setup) -> VersionedSave<OpeningSetup> {
        auto created = OpeningCreator(session.database()).create(setup);
        if (!created)
            return created.error();
        const RowId id = created->opening.id;
        window->undoStack()->push(
            new CreateOpeningCommand(contextOf(window, session), std::move(created).value()));
        window->showOpening(id);
        emit window->openingCreated(id);
        return {};
    });
    dialog->open();
}

void setUpOpening(MainWindow* window, DatabaseSession& session, RowId openingId) {
    if (!session.isOpen() || openingId == kNoRow)
        return;
    OpeningSetupDialog* dialog = openDialog(window, session);
    if (Status loaded = dialog->loadOpening(openingId); !loaded) {
        delete dialog;
        WarningBox::show(window, OpeningSetupMenu::tr("Set Up Opening"), loaded.errorMessage());
        return;
    }
    dialog->setCommit([window, &session,
                       openingId](const OpeningSetup& setup) -> VersionedSave<OpeningSetup> {
        OpeningSetupUpdater updater(session.database());
        // Read again now: the stored set-up is what undo must put back.
        auto before = updater.load(openingId);
        if (!before)
            return before.error();
        OpeningSetup mine = setup;
        auto saved = updater.save(mine);
        if (!saved)
            return saved;
        // As stored, so that undo and redo can tell whether anyone else
        // changed the opening in between.
        auto after = updater.load(openingId);
        if (!after)
            return after.error();
        if (*after != *before) {
            window->undoStack()->push(new ChangeOpeningSetupCommand(
                contextOf(window, session), std::move(before).value(), std::move(after).value()));
        }
        window->showOpening(openingId);
        return saved;
    });
    dialog->open();
}

} // namespace

void OpeningSetupMenu::installNewOpening(MainWindow* window, QMenu* fileMenu,
                                         DatabaseSession& session) {
    QAction* action = fileMenu->addAction(tr("New O&pening…"));
    action->setObjectName(QStringLiteral("newOpeningAction"));
    action->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    QObject::connect(action, &QAction::triggered, window,
                     [window, &session] { newOpening(window, session); });
    QObject::connect(fileMenu, &QMenu::aboutToShow, action,
                     [action, &session] { action->setEnabled(session.isOpen()); });
}

void OpeningSetupMenu::installSetUp(MainWindow* window, DatabaseSession& session) {
    QMenu* menu = OpeningMenu::of(window);
    QAction* action = menu->addAction(tr("Set &Up Opening…"));
    action->setObjectName(QStringLiteral("openingSetupAction"));
    QObject::connect(action, &QAction::triggered, window, [window, &session] {
        setUpOpening(window, session, window->currentOpeningId());
    });
    QObject::connect(menu, &QMenu::aboutToShow, action, [action, window, &session] {
        const RowId opening = window->currentOpeningId();
        const bool available = session.isOpen() && opening != kNoRow;
        // On a panel server the set-up and its panel are the lead's.
        PermittedAction::update(action, available,
                                available ? ServerPermissions(session.database()).maySetUp(opening)
                                          : Status{},
                                QString());
    });
}

} // namespace debrief
