#include "DecisionMenu.h"

#include "DatabaseSession.h"
#include "DecisionDialog.h"
#include "OpeningMenu.h"
#include "scorecard/CurrentPanelist.h"

#include <QAction>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>

namespace debrief {
namespace {

void openDialog(QMainWindow* window, DatabaseSession& session, Settings& settings, RowId openingId,
                const std::function<void()>& reload) {
    auto* dialog = new DecisionDialog(session, window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (Status loaded = dialog->load(openingId, CurrentPanelist::resolve(session, settings));
        !loaded) {
        delete dialog;
        auto* box = new QMessageBox(QMessageBox::Warning, DecisionMenu::tr("Record Decision"),
                                    loaded.errorMessage(), QMessageBox::Ok, window);
        box->setObjectName(QStringLiteral("decisionMessage"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        return;
    }
    // The chosen moved to Offer and runners-up went on hold: list and pane reload.
    QObject::connect(dialog, &DecisionDialog::decisionChanged, window, reload);
    // open(), not exec(): window-modal, and tests can drive it.
    dialog->open();
}

} // namespace

void DecisionMenu::install(QMainWindow* window, DatabaseSession& session, Settings& settings,
                           std::function<RowId()> currentOpening, std::function<void()> reload) {
    QMenu* menu = OpeningMenu::of(window);
    QAction* action = menu->addAction(tr("Record &Decision…"));
    action->setObjectName(QStringLiteral("recordDecisionAction"));
    action->setToolTip(tr("The panel lead records who gets the offer, the ranked runners-up "
                          "and why; shows the decision once recorded."));
    QObject::connect(menu, &QMenu::aboutToShow, action, [action, &session, currentOpening] {
        action->setEnabled(session.isOpen() && currentOpening() != kNoRow);
    });
    QObject::connect(action, &QAction::triggered, window,
                     [window, &session, &settings, currentOpening, reload] {
                         if (session.isOpen() && currentOpening() != kNoRow)
                             openDialog(window, session, settings, currentOpening(), reload);
                     });
}

} // namespace debrief
