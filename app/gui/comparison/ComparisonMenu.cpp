#include "ComparisonMenu.h"

#include "ComparisonView.h"
#include "DatabaseSession.h"
#include "OpeningListModel.h"
#include "OpeningMenu.h"
#include "ViewRegistry.h"
#include "WarningBox.h"
#include "live/LiveUpdates.h"
#include "scorecard/CurrentPanelist.h"

#include <QAction>
#include <QMainWindow>
#include <QMenu>
#include <QTabWidget>

namespace debrief {
namespace {

void openComparison(QMainWindow* window, DatabaseSession& session, const Settings& settings,
                    RowId openingId) {
    if (!session.isOpen() || openingId == kNoRow)
        return;
    // A window of its own, so it can sit next to the candidate list.
    auto* view = new ComparisonView(window);
    view->setWindowFlag(Qt::Window);
    view->setAttribute(Qt::WA_DeleteOnClose);
    if (Status loaded =
            view->load(session.database(), openingId, CurrentPanelist::viewer(session, settings));
        !loaded) {
        delete view;
        WarningBox::show(window, ComparisonMenu::tr("Compare Finalists"), loaded.errorMessage());
        return;
    }
    // Others' scorecards, reveals and decisions show as they arrive, for
    // as long as the same database is open.
    if (LiveUpdates* live = LiveUpdates::of(window)) {
        QObject::connect(live, &LiveUpdates::changed, view,
                         [view, &session, &settings, openingId, generation = session.generation()] {
                             if (!session.isOpen() || session.generation() != generation)
                                 return;
                             // A failed read leaves what was shown; the next
                             // change or reopening tries again.
                             (void)view->load(session.database(), openingId,
                                              CurrentPanelist::viewer(session, settings));
                         });
    }
    view->resize(1400, 900);
    view->show();
}

} // namespace

void ComparisonMenu::install(QMainWindow* window, DatabaseSession& session, Settings& settings,
                             std::function<RowId()> currentOpening) {
    QMenu* menu = OpeningMenu::of(window);
    QAction* compare = menu->addAction(tr("Compare &Finalists…"));
    compare->setObjectName(QStringLiteral("compareFinalistsAction"));
    compare->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    QObject::connect(compare, &QAction::triggered, window,
                     [window, &session, &settings, currentOpening] {
                         openComparison(window, session, settings, currentOpening());
                     });
    QObject::connect(menu, &QMenu::aboutToShow, compare, [compare, &session, currentOpening] {
        compare->setEnabled(session.isOpen() && currentOpening() != kNoRow);
    });
}

Result<std::unique_ptr<QWidget>> makeComparisonCalibrationView(ViewContext& context) {
    auto view = makeComparisonView(context);
    if (!view)
        return view.error();
    if (auto* tabs = (*view)->findChild<QTabWidget*>(QStringLiteral("comparisonTabs")))
        tabs->setCurrentIndex(1);
    return view;
}

Result<std::unique_ptr<QWidget>> makeComparisonView(ViewContext& context) {
    OpeningListModel openings(context.session);
    if (auto loaded = openings.reload(); !loaded)
        return loaded.error();
    if (openings.debriefRow() < 0)
        return Error{ComparisonMenu::tr("The database has no opening to compare finalists of.")};
    auto view = std::make_unique<ComparisonView>();
    if (Status loaded =
            view->load(context.session.database(), openings.openingId(openings.debriefRow()),
                       CurrentPanelist::viewer(context.session, context.settings));
        !loaded)
        return loaded.error();
    return std::unique_ptr<QWidget>(std::move(view));
}

} // namespace debrief
