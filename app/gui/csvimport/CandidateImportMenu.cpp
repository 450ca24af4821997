#include "CandidateImportMenu.h"

#include "CandidateImportWizard.h"
#include "DatabaseSession.h"
#include "OpeningMenu.h"
#include "WarningBox.h"

#include <QAction>
#include <QMainWindow>
#include <QMenu>
#include <QPointer>

namespace debrief {
namespace {

void warn(QMainWindow* window, const QString& message) {
    WarningBox::show(window, CandidateImportMenu::tr("Import Candidates"), message);
}

void openWizard(QMainWindow* window, DatabaseSession& session, QUndoStack* undoStack,
                RowId openingId, const std::function<void()>& reload) {
    if (!session.isOpen() || openingId == kNoRow)
        return;
    auto* wizard = new CandidateImportWizard(session, openingId, window);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    if (Status prepared = wizard->prepare(); !prepared) {
        delete wizard;
        warn(window, prepared.errorMessage());
        return;
    }
    // The undo step outlives the wizard, so its hooks hold the window only,
    // and only weakly.
    const QPointer<QMainWindow> target(window);
    wizard->setUndoStack(undoStack, {[target, reload] {
                                         if (target && reload)
                                             reload();
                                     },
                                     [target](const QString& message) {
                                         if (target)
                                             warn(target, message);
                                     }});
    wizard->open();
}

} // namespace

void CandidateImportMenu::install(QMainWindow* window, DatabaseSession& session,
                                  QUndoStack* undoStack, std::function<RowId()> currentOpening,
                                  std::function<void()> reload) {
    QMenu* menu = OpeningMenu::of(window);
    QAction* import = menu->addAction(tr("&Import Candidates from CSV…"));
    import->setObjectName(QStringLiteral("importCandidatesCsvAction"));
    QObject::connect(import, &QAction::triggered, window,
                     [window, &session, undoStack, currentOpening, reload] {
                         openWizard(window, session, undoStack, currentOpening(), reload);
                     });
    QObject::connect(menu, &QMenu::aboutToShow, import, [import, &session, currentOpening] {
        import->setEnabled(session.isOpen() && currentOpening() != kNoRow);
    });
}

} // namespace debrief
