#include "ReportMenu.h"

#include "DatabaseSession.h"
#include "OpeningListModel.h"
#include "ReportExportDialog.h"
#include "ReportWrittenOffer.h"
#include "ViewRegistry.h"
#include "WarningBox.h"
#include "scorecard/CurrentPanelist.h"

#include <QAction>
#include <QComboBox>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>

namespace debrief {
namespace {

void openDialog(QMainWindow* window, DatabaseSession& session, Settings& settings,
                RowId openingId) {
    if (!session.isOpen())
        return;
    if (openingId == kNoRow) {
        QMessageBox::information(window, ReportMenu::tr("Export Report"),
                                 ReportMenu::tr("Select the opening to report on."));
        return;
    }
    auto* dialog = new ReportExportDialog(session, openingId,
                                          CurrentPanelist::viewer(session, settings), window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(dialog, &ReportExportDialog::reportWritten, window,
                     [window](const QString& path) { ReportWrittenOffer::show(window, path); });
    if (Status loaded = dialog->load(); !loaded) {
        delete dialog;
        WarningBox::show(window, ReportMenu::tr("Export Report"), loaded.errorMessage());
        return;
    }
    dialog->open();
}

} // namespace

void ReportMenu::install(QMainWindow* window, QMenu* fileMenu, DatabaseSession& session,
                         Settings& settings, std::function<RowId()> currentOpening) {
    QAction* action = fileMenu->addAction(tr("E&xport Report…"));
    action->setObjectName(QStringLiteral("exportReportAction"));
    action->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    QObject::connect(action, &QAction::triggered, window,
                     [window, &session, &settings, currentOpening] {
                         openDialog(window, session, settings, currentOpening());
                     });
    QObject::connect(fileMenu, &QMenu::aboutToShow, action,
                     [action, &session] { action->setEnabled(session.isOpen()); });
}

Result<std::unique_ptr<QWidget>> makeReportExportView(ViewContext& context) {
    OpeningListModel openings(context.session);
    if (auto loaded = openings.reload(); !loaded)
        return loaded.error();
    if (openings.debriefRow() < 0)
        return Error{ReportMenu::tr("The database has no opening to report on.")};
    auto dialog = std::make_unique<ReportExportDialog>(
        context.session, openings.openingId(openings.debriefRow()),
        CurrentPanelist::viewer(context.session, context.settings));
    if (Status loaded = dialog->load(); !loaded)
        return loaded.error();
    // The packet shows every field the dialog has.
    if (auto* kind = dialog->findChild<QComboBox*>(QStringLiteral("reportKindCombo")))
        kind->setCurrentIndex(kind->findData(int(ReportKind::Packet)));
    return std::unique_ptr<QWidget>(std::move(dialog));
}

} // namespace debrief
