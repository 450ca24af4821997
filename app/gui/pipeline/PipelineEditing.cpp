#include "PipelineEditing.h"

#include "ApplicationRefresh.h"
#include "CandidateDetailPane.h"
#include "CandidateTableModel.h"
#include "DatabaseSession.h"
#include "MainWindow.h"
#include "OpeningListModel.h"
#include "OpeningMenu.h"
#include "WarningBox.h"
#include "pipeline/AddCandidateDialog.h"
#include "pipeline/PipelineCommands.h"
#include "scorecard/CurrentPanelist.h"

#include "opening/PanelDirectory.h"

#include <QAction>
#include <QMenu>

namespace debrief {
namespace {

/// The audit log's "who": the panelist chosen on this computer, else the
/// operating-system account.
PipelineCommands::Actor actorOf(DatabaseSession& session, Settings& settings) {
    return [&session, &settings] {
        const RowId id = CurrentPanelist::remembered(session, settings);
        if (id != kNoRow) {
            if (auto panelist = PanelDirectory(session.database()).panelist(id))
                return panelist->name;
        }
        const QString account = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
        return account.isEmpty() ? PipelineEditing::tr("unknown user") : account;
    };
}

void warn(QWidget* window, const QString& message) {
    WarningBox::show(window, PipelineEditing::tr("Debrief"), message,
                     QStringLiteral("errorMessage"));
}

void openAddCandidate(MainWindow* window, DatabaseSession& session, PipelineCommands* commands,
                      RowId openingId) {
    if (!session.isOpen() || openingId == kNoRow)
        return;
    auto opening = PanelDirectory(session.database()).opening(openingId);
    if (!opening) {
        warn(window, opening.errorMessage());
        return;
    }
    auto* dialog = new AddCandidateDialog(session, openingId, opening->title, window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(dialog, &QDialog::accepted, commands, [dialog, commands, openingId] {
        commands->addCandidate(openingId, dialog->candidate());
    });
    dialog->open();
}

} // namespace

void PipelineEditing::install(MainWindow* window, DatabaseSession& session, Settings& settings,
                              QUndoStack& undoStack, OpeningListModel& openings,
                              CandidateTableModel& candidates, CandidateDetailPane* detail) {
    auto* commands = new PipelineCommands(session, undoStack, actorOf(session, settings), window);
    detail->setCommands(commands);
    QObject::connect(commands, &PipelineCommands::errorOccurred, window,
                     [window](const QString& message) { warn(window, message); });

    QObject::connect(commands, &PipelineCommands::applicationChanged, window,
                     [window, &openings, &candidates, detail](RowId applicationId) {
                         ApplicationRefresh::after(
                             applicationId, openings, candidates, detail,
                             [window](const QString& message) { warn(window, message); });
                     });
    QObject::connect(commands, &PipelineCommands::applicationsChanged, window,
                     [window, &openings, &candidates, detail](RowId openingId, RowId added) {
                         (void)openings.refreshCounts();
                         if (candidates.openingId() != openingId)
                             return;
                         // A row came or went: its place depends on the sort, so the
                         // list is read again and the new (or still shown) one selected.
                         const RowId shown = added != kNoRow ? added : detail->applicationId();
                         if (auto reloaded = candidates.reload(); !reloaded)
                             warn(window, reloaded.errorMessage());
                         const int row = candidates.rowOfApplication(shown);
                         if (row >= 0)
                             window->selectCandidateRow(row);
                         else
                             detail->clear();
                     });

    QMenu* menu = OpeningMenu::of(window);
    QAction* add = menu->addAction(tr("Add &Candidate…"));
    add->setObjectName(QStringLiteral("addCandidateAction"));
    add->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    QObject::connect(add, &QAction::triggered, window, [window, &session, &candidates, commands] {
        openAddCandidate(window, session, commands, candidates.openingId());
    });
    QObject::connect(menu, &QMenu::aboutToShow, add, [add, &session, &candidates] {
        add->setEnabled(session.isOpen() && candidates.openingId() != kNoRow);
    });
}

} // namespace debrief
