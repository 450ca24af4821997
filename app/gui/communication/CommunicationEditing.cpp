#include "CommunicationEditing.h"

#include "ApplicationRefresh.h"
#include "CandidateContextMenu.h"
#include "CandidateDetailPane.h"
#include "CandidateTableModel.h"
#include "CommunicationCommands.h"
#include "CommunicationLogPanel.h"
#include "DatabaseSession.h"
#include "EditingUser.h"
#include "LogCommunicationDialog.h"
#include "MainWindow.h"
#include "OpeningListModel.h"
#include "OpeningMenu.h"
#include "WarningBox.h"

#include "pipeline/CandidateRecords.h"

#include <QAction>
#include <QMenu>

namespace debrief {
namespace {

void warn(QWidget* window, const QString& message) {
    WarningBox::show(window, CommunicationEditing::tr("Debrief"), message,
                     QStringLiteral("errorMessage"));
}

void openDialog(MainWindow* window, DatabaseSession& session, CommunicationCommands* commands,
                CandidateDetailPane* detail) {
    const RowId applicationId = detail->applicationId();
    if (!session.isOpen() || applicationId == kNoRow)
        return;
    auto application = CandidateRecords(session.database()).application(applicationId);
    if (!application) {
        warn(window, application.errorMessage());
        return;
    }
    const QString name = detail->candidateName();
    auto* dialog = new LogCommunicationDialog(*application, name, session.clock().now(),
                                              session.today(), window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(dialog, &QDialog::accepted, commands, [dialog, commands, name] {
        commands->log(dialog->entry(), dialog->finalAnswer(), name);
    });
    dialog->open();
}

} // namespace

void CommunicationEditing::install(MainWindow* window, DatabaseSession& session, Settings& settings,
                                   OpeningListModel& openings, CandidateTableModel& candidates,
                                   CandidateDetailPane* detail) {
    auto* commands = new CommunicationCommands(
        session, *window->undoStack(),
        [&session, &settings] { return EditingUser::name(session, settings); },
        [&session] { return session.clock().now(); }, window);
    QObject::connect(commands, &CommunicationCommands::errorOccurred, window,
                     [window](const QString& message) { warn(window, message); });
    // Queued: the views refresh after the undo stack has finished the step,
    // so nothing they do on the way can push into the middle of it.
    QObject::connect(
        commands, &CommunicationCommands::applicationChanged, window,
        [window, &openings, &candidates, detail](RowId applicationId) {
            ApplicationRefresh::after(applicationId, openings, candidates, detail,
                                      [window](const QString& message) { warn(window, message); });
        },
        Qt::QueuedConnection);

    QMenu* menu = OpeningMenu::of(window);
    QAction* log = menu->addAction(tr("&Log a Message or Call…"));
    log->setObjectName(QStringLiteral("logCommunicationAction"));
    log->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    const auto open = [window, &session, commands, detail] {
        openDialog(window, session, commands, detail);
    };
    QObject::connect(log, &QAction::triggered, window, open);
    // Also on the candidate list's context menu.
    QMenu* candidateMenu = CandidateContextMenu::of(window);
    candidateMenu->addAction(log);
    for (QMenu* shown : {menu, candidateMenu}) {
        QObject::connect(shown, &QMenu::aboutToShow, log, [log, &session, detail] {
            log->setEnabled(session.isOpen() && detail->applicationId() != kNoRow);
        });
    }
    detail->communicationLog()->setLoggingEnabled(true);
    QObject::connect(detail->communicationLog(), &CommunicationLogPanel::logRequested, window,
                     open);
}

} // namespace debrief
