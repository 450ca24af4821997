#include "MyInterviewsMenu.h"

#include "DatabaseSession.h"
#include "ListDock.h"
#include "MainWindow.h"
#include "MyInterviewsView.h"
#include "ViewRegistry.h"
#include "WarningBox.h"
#include "live/LiveUpdates.h"
#include "scorecard/CurrentPanelist.h"
#include "scorecard/ScorecardMenu.h"

#include "opening/PanelDirectory.h"
#include "scheduling/MyInterviewsQuery.h"

#include <QAction>
#include <QDockWidget>
#include <QMenu>
#include <QTimer>
#include <QUndoStack>

namespace debrief {
namespace {

/// How often an open list looks at the clock: interviews end and
/// scorecards fall due without anyone editing anything.
constexpr int kClockCheckMs = 60 * 1000;

} // namespace

void MyInterviewsMenu::install(MainWindow* window, QMenu* viewMenu, DatabaseSession& session,
                               Settings& settings) {
    auto* view = new MyInterviewsView(
        session, [&session, &settings] { return CurrentPanelist::resolve(session, settings); });
    QDockWidget* dock =
        ListDock::add(window, tr("My Interviews"), QStringLiteral("myInterviewsDock"), view);

    ListDock::addToggle(viewMenu, dock, tr("&My Interviews"), QStringLiteral("myInterviewsAction"),
                        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M),
                        tr("Your interviews to come and the scorecards you still owe."));
    QObject::connect(view, &MyInterviewsView::interviewActivated, window, [window](RowId id) {
        if (ScorecardMenu* scoring = ScorecardMenu::of(window))
            scoring->scoreInterview(id);
    });
    QObject::connect(view, &MyInterviewsView::errorOccurred, window, [window](const QString& text) {
        WarningBox::show(window, tr("My Interviews"), text);
    });

    // Read only while it is shown.
    const auto later = [dock, view] {
        if (dock->isVisible())
            view->refreshSoon();
    };
    QObject::connect(dock, &QDockWidget::visibilityChanged, view, [view](bool visible) {
        if (visible)
            view->refreshSoon();
    });
    QObject::connect(window->undoStack(), &QUndoStack::indexChanged, view, later);
    QObject::connect(&session, &DatabaseSession::databaseChanged, view, later);
    // On a shared server the lead schedules and moves interviews elsewhere.
    if (LiveUpdates* live = LiveUpdates::of(window))
        QObject::connect(live, &LiveUpdates::changed, view, later);
    auto* clock = new QTimer(view);
    clock->setInterval(kClockCheckMs);
    QObject::connect(clock, &QTimer::timeout, view, later);
    clock->start();
}

Result<std::unique_ptr<QWidget>> makeMyInterviewsView(ViewContext& context) {
    // The panelist with the most on their list, so the picture shows it all;
    // they are the one scoring, as the status bar then says.
    auto panelists = PanelDirectory(context.session.database()).panelists();
    if (!panelists)
        return panelists.error();
    RowId busiest = kNoRow;
    qsizetype most = 0;
    for (const Panelist& panelist : *panelists) {
        auto lines = MyInterviewsQuery(context.session.database())
                         .list(panelist.id, context.session.clock().now());
        if (lines && lines->size() > most) {
            most = lines->size();
            busiest = panelist.id;
        }
    }
    if (busiest == kNoRow)
        return Error{MyInterviewsMenu::tr("No panelist has an interview to come or a scorecard "
                                          "to write, so the list would be empty.")};
    CurrentPanelist::remember(context.session, context.settings, busiest);
    auto window = std::make_unique<MainWindow>(context.session, context.settings);
    auto* dock = window->findChild<QDockWidget*>(QStringLiteral("myInterviewsDock"));
    auto* view = window->findChild<MyInterviewsView*>(QStringLiteral("myInterviewsView"));
    if (!dock || !view)
        return Error{MyInterviewsMenu::tr("The main window has no “My interviews” list.")};
    dock->show();
    dock->raise();
    // Room for a few rows, once the window is laid out at its picture's size.
    QTimer::singleShot(0, window.get(), [shown = window.get(), dock] {
        shown->resizeDocks({dock}, {260}, Qt::Vertical);
    });
    if (Status loaded = view->refresh(); !loaded)
        return loaded.error();
    return std::unique_ptr<QWidget>(std::move(window));
}

} // namespace debrief
