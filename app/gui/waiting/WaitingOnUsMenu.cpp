#include "WaitingOnUsMenu.h"

#include "DatabaseSession.h"
#include "DisplayText.h"
#include "ListDock.h"
#include "MainWindow.h"
#include "OpeningListModel.h"
#include "ViewRegistry.h"
#include "WaitingOnUsBadge.h"
#include "WaitingOnUsModel.h"
#include "WaitingOnUsView.h"

#include "correspondence/WaitingOnUsQuery.h"

#include <QAction>
#include <QDockWidget>
#include <QMenu>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QUndoStack>

namespace debrief {
namespace {

/// How often the window checks whether the date turned over (past midnight,
/// everyone promised "today" is suddenly overdue).
constexpr int kDateCheckMs = 60 * 1000;

/// The badge always; the list only while it is shown (it is read again
/// when it is), so that a hidden list of thousands costs nothing at start.
void refresh(DatabaseSession& session, WaitingOnUsBadge* badge, QDockWidget* dock,
             WaitingOnUsView* view) {
    if (!session.isOpen()) {
        badge->setCount(0);
        (void)view->reload();
        return;
    }
    auto count = WaitingOnUsQuery(session.database()).count(session.today());
    if (!count) {
        badge->setText(WaitingOnUsMenu::tr("Waiting on us: ?"));
        badge->setToolTip(DisplayText::toolTip(count.errorMessage()));
        return;
    }
    badge->setCount(*count);
    if (dock->isVisible())
        (void)view->reload(); // its own summary says when the list is empty
}

} // namespace

void WaitingOnUsMenu::install(MainWindow* window, QMenu* viewMenu, DatabaseSession& session,
                              OpeningListModel& openings) {
    auto* view = new WaitingOnUsView(session);
    QDockWidget* dock =
        ListDock::add(window, tr("Waiting on Us"), QStringLiteral("waitingDock"), view);
    auto* badge = new WaitingOnUsBadge;
    window->statusBar()->addPermanentWidget(badge);

    ListDock::addToggle(viewMenu, dock, tr("&Waiting on Us"), QStringLiteral("waitingOnUsAction"),
                        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W),
                        tr("Every candidate past the date we promised them an answer."));
    QObject::connect(badge, &QToolButton::clicked, view, [dock] { ListDock::show(dock); });
    QObject::connect(view, &WaitingOnUsView::applicationActivated, window,
                     [window](RowId openingId, RowId applicationId) {
                         window->showApplication(openingId, applicationId);
                     });

    // Bursts of changes (an undo reloads several models) make one query.
    auto* pending = new QTimer(view);
    pending->setSingleShot(true);
    pending->setInterval(0);
    QObject::connect(pending, &QTimer::timeout, view,
                     [&session, badge, dock, view] { refresh(session, badge, dock, view); });
    const auto later = [pending] {
        pending->start();
    };
    // At once, so that the list is there when it gets the focus.
    QObject::connect(dock, &QDockWidget::visibilityChanged, view,
                     [&session, badge, dock, view](bool visible) {
                         if (visible)
                             refresh(session, badge, dock, view);
                     });
    QObject::connect(window->undoStack(), &QUndoStack::indexChanged, pending, later);
    QObject::connect(&session, &DatabaseSession::databaseChanged, pending, later);
    QObject::connect(&openings, &QAbstractItemModel::modelReset, pending, later);
    QObject::connect(&openings, &QAbstractItemModel::dataChanged, pending, later);

    auto* dateCheck = new QTimer(view);
    dateCheck->setInterval(kDateCheckMs);
    auto lastDay = std::make_shared<QDate>(session.today());
    QObject::connect(dateCheck, &QTimer::timeout, pending, [&session, lastDay, later] {
        if (session.today() != *lastDay) {
            *lastDay = session.today();
            later();
        }
    });
    dateCheck->start();
    later();
}

Result<std::unique_ptr<QWidget>> makeWaitingOnUsView(ViewContext& context) {
    auto window = std::make_unique<MainWindow>(context.session, context.settings);
    auto* dock = window->findChild<QDockWidget*>(QStringLiteral("waitingDock"));
    auto* view = window->findChild<WaitingOnUsView*>(QStringLiteral("waitingOnUsView"));
    if (!dock || !view)
        return Error{WaitingOnUsMenu::tr("The main window has no “Waiting on us” list.")};
    if (Status loaded = view->reload(); !loaded)
        return loaded.error();
    if (view->count() == 0)
        return Error{WaitingOnUsMenu::tr("Nobody in the database is waiting past a promised "
                                         "date, so the list would be empty.")};
    dock->show();
    // The longest wait, shown as Enter on its row would show it.
    const QModelIndex first = view->table()->model()->index(0, 0);
    view->table()->setCurrentIndex(first);
    window->showApplication(first.data(WaitingOnUsModel::OpeningIdRole).value<RowId>(),
                            first.data(WaitingOnUsModel::ApplicationIdRole).value<RowId>());
    // Their messages: when we last spoke to them and what we promised.
    auto* tabs = window->findChild<QTabWidget*>(QStringLiteral("candidateDetailTabs"));
    auto* messages = window->findChild<QWidget*>(QStringLiteral("communicationLogPanel"));
    if (tabs && messages && tabs->indexOf(messages) >= 0)
        tabs->setCurrentWidget(messages);
    return std::unique_ptr<QWidget>(std::move(window));
}

} // namespace debrief
