#include "TalentPoolMenu.h"

#include "AddFromTalentPoolCommand.h"
#include "DatabaseSession.h"
#include "ListDock.h"
#include "MainWindow.h"
#include "OpeningListModel.h"
#include "TalentPoolSuggestionDialog.h"
#include "TalentPoolView.h"
#include "WarningBox.h"
#include "live/LiveUpdates.h"
#include "scorecard/CurrentPanelist.h"

#include "correspondence/TalentPoolMatcher.h"
#include "opening/PanelDirectory.h"

#include <QAction>
#include <QDockWidget>
#include <QMenu>
#include <QStatusBar>
#include <QTimer>
#include <QUndoStack>

namespace debrief {
namespace {

void warn(QWidget* window, const QString& message) {
    WarningBox::show(window, TalentPoolMenu::tr("Talent Pool"), message,
                     QStringLiteral("errorMessage"));
}

void addChosen(MainWindow* window, DatabaseSession& session, RowId openingId, const QString& title,
               const QList<TalentPoolMatch>& chosen) {
    QList<TalentPoolEntry> entries;
    for (const TalentPoolMatch& match : chosen)
        entries.append(match.entry);
    AddFromTalentPoolCommand::Context context{&session,
                                              [window](RowId id) { window->showOpening(id); },
                                              [window](const QString& message) {
                                                  warn(window, message);
                                              }};
    window->undoStack()->push(
        new AddFromTalentPoolCommand(context, openingId, title, entries, session.today()));
}

/// Offers the pool candidates who fit the opening just created; says
/// nothing when none do (the usual case, and no reason to interrupt).
void suggest(MainWindow* window, DatabaseSession& session, const Settings& settings,
             RowId openingId) {
    if (!session.isOpen())
        return;
    auto opening = PanelDirectory(session.database()).opening(openingId);
    auto matches = TalentPoolMatcher(session.database(), CurrentPanelist::viewer(session, settings))
                       .suggestFor(openingId);
    if (!opening || !matches) {
        // A suggestion is a courtesy: the opening itself was created.
        window->statusBar()->showMessage(
            (!opening ? opening.errorMessage() : matches.errorMessage()), 8000);
        return;
    }
    if (matches->isEmpty())
        return;
    const QString title = opening->title;
    auto* dialog = new TalentPoolSuggestionDialog(title, *matches, window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(dialog, &TalentPoolSuggestionDialog::addRequested, window,
                     [window, &session, openingId, title](const QList<TalentPoolMatch>& chosen) {
                         addChosen(window, session, openingId, title, chosen);
                     });
    dialog->show(); // not modal: the new opening stays in reach behind it
}

} // namespace

void TalentPoolMenu::install(MainWindow* window, QMenu* viewMenu, DatabaseSession& session,
                             Settings& settings, OpeningListModel& openings) {
    auto* view = new TalentPoolView(session);
    view->setViewer([&session, &settings] { return CurrentPanelist::viewer(session, settings); });
    QDockWidget* dock =
        ListDock::add(window, tr("Talent Pool"), QStringLiteral("talentPoolDock"), view);

    ListDock::addToggle(viewMenu, dock, tr("&Talent Pool"), QStringLiteral("talentPoolAction"),
                        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T),
                        tr("Everyone the panel would happily hire for another role."));
    QObject::connect(view, &TalentPoolView::applicationActivated, window,
                     [window](RowId openingId, RowId applicationId) {
                         window->showApplication(openingId, applicationId);
                     });

    // Read only while it is visible; bursts of changes make one query.
    auto* pending = new QTimer(view);
    pending->setSingleShot(true);
    pending->setInterval(0);
    QObject::connect(pending, &QTimer::timeout, view, [dock, view, window] {
        if (!dock->isVisible())
            return;
        if (Status loaded = view->reload(); !loaded)
            warn(window, loaded.errorMessage());
    });
    const auto later = [pending] {
        pending->start();
    };
    QObject::connect(dock, &QDockWidget::visibilityChanged, pending, [later](bool visible) {
        if (visible)
            later();
    });
    QObject::connect(window->undoStack(), &QUndoStack::indexChanged, pending, later);
    QObject::connect(&session, &DatabaseSession::databaseChanged, pending, later);
    // A decision marks people for the pool and then reloads the openings.
    QObject::connect(&openings, &QAbstractItemModel::modelReset, pending, later);
    // Someone else's decision on a shared server does the same.
    if (LiveUpdates* live = LiveUpdates::of(window))
        QObject::connect(live, &LiveUpdates::changed, pending, later);

    // Queued: the set-up dialog closes first, then the suggestions appear.
    QObject::connect(
        window, &MainWindow::openingCreated, window,
        [window, &session, &settings](RowId openingId) {
            suggest(window, session, settings, openingId);
        },
        Qt::QueuedConnection);
}

} // namespace debrief
