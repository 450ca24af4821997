#include "ScorecardMenu.h"

#include "CandidateDetailPane.h"
#include "CurrentPanelist.h"
#include "DatabaseSession.h"
#include "OpeningMenu.h"
#include "PanelScoreReveal.h"
#include "ScorecardEditor.h"

#include "settings/Settings.h"
#include "storage/OpeningRepository.h"
#include "storage/PanelistRepository.h"

#include <QAction>
#include <QInputDialog>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>

namespace debrief {
namespace {

void warn(QMainWindow* window, const QString& title, const QString& message) {
    auto* box = new QMessageBox(QMessageBox::Warning, title, message, QMessageBox::Ok, window);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

/// Asks who is scoring (non-blocking) and calls `then` with the choice.
void choosePanelist(QMainWindow* window, DatabaseSession& session, Settings& settings,
                    std::function<void()> then) {
    auto panelists = session.panelists().list();
    if (!panelists || panelists->isEmpty()) {
        warn(window, ScorecardMenu::tr("Switch Panelist"),
             ScorecardMenu::tr("This database has no panelists yet."));
        return;
    }
    QStringList names;
    for (const Panelist& panelist : *panelists)
        names.append(panelist.name);
    auto* dialog = new QInputDialog(window);
    dialog->setObjectName(QStringLiteral("choosePanelistDialog"));
    dialog->setWindowTitle(ScorecardMenu::tr("Who Is Scoring?"));
    dialog->setLabelText(ScorecardMenu::tr("Scorecards on this computer are written as:"));
    dialog->setComboBoxItems(names);
    const RowId current = CurrentPanelist::resolve(session, settings);
    for (const Panelist& panelist : *panelists) {
        if (panelist.id == current)
            dialog->setTextValue(panelist.name);
    }
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QList<Panelist> list = *panelists;
    QObject::connect(dialog, &QInputDialog::accepted, window,
                     [dialog, list, &session, &settings, then] {
                         const auto index = dialog->comboBoxItems().indexOf(dialog->textValue());
                         if (index < 0)
                             return;
                         CurrentPanelist::remember(session, settings, list.at(index).id);
                         if (then)
                             then();
                     });
    dialog->open();
}

void openScorecard(QMainWindow* window, DatabaseSession& session, Settings& settings,
                   CandidateDetailPane* detail, RowId interviewId) {
    const RowId panelist = CurrentPanelist::resolve(session, settings);
    auto* editor = new ScorecardEditor(session, window);
    editor->setWindowFlag(Qt::Window);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    if (Status loaded = editor->load(interviewId, panelist); !loaded) {
        delete editor;
        warn(window, ScorecardMenu::tr("Scorecard"), loaded.errorMessage());
        return;
    }
    QObject::connect(editor, &ScorecardEditor::cardStored, detail, [detail] {
        if (detail->applicationId() != kNoRow)
            (void)detail->showApplication(detail->applicationId());
    });
    editor->show();
    editor->setFocus();
}

} // namespace

void ScorecardMenu::install(QMainWindow* window, DatabaseSession& session, Settings& settings,
                            CandidateDetailPane* detail, std::function<RowId()> currentOpening) {
    QObject::connect(detail, &CandidateDetailPane::interviewActivated, window,
                     [window, &session, &settings, detail](RowId interviewId) {
                         auto open = [=, &session, &settings] {
                             openScorecard(window, session, settings, detail, interviewId);
                         };
                         // The first scorecard on this computer asks who is scoring.
                         if (CurrentPanelist::remembered(session, settings) == kNoRow)
                             choosePanelist(window, session, settings, open);
                         else
                             open();
                     });

    const QList<QAction*> top = window->menuBar()->actions();
    if (QMenu* file = top.isEmpty() ? nullptr : top.first()->menu()) {
        auto* switchPanelist = new QAction(tr("S&witch Panelist…"), file);
        switchPanelist->setObjectName(QStringLiteral("switchPanelistAction"));
        QObject::connect(
            switchPanelist, &QAction::triggered, window,
            [window, &session, &settings] { choosePanelist(window, session, settings, {}); });
        const QList<QAction*> fileActions = file->actions();
        file->insertAction(fileActions.isEmpty() ? nullptr : fileActions.last(), switchPanelist);
    }

    QMenu* menu = OpeningMenu::of(window);
    QAction* reveal = menu->addAction(tr("Reveal &Scores to Panel"));
    reveal->setObjectName(QStringLiteral("revealScoresAction"));
    reveal->setToolTip(tr("Let every panelist see all submitted scorecards of this opening, "
                          "even before submitting their own."));
    QObject::connect(reveal, &QAction::triggered, window, [=, &session, &settings] {
        const RowId opening = currentOpening();
        const Status done =
            PanelScoreReveal::reveal(session, opening, CurrentPanelist::resolve(session, settings));
        if (!done)
            warn(window, tr("Reveal Scores"), done.errorMessage());
        else if (detail->applicationId() != kNoRow)
            (void)detail->showApplication(detail->applicationId());
    });
    QObject::connect(
        menu, &QMenu::aboutToShow, reveal, [reveal, &session, &settings, currentOpening] {
            const RowId opening = currentOpening();
            const bool lead = session.isOpen() &&
                              PanelScoreReveal::isLead(session, opening,
                                                       CurrentPanelist::resolve(session, settings));
            auto stored = lead ? session.openings().get(opening) : Result<Opening>(Error{});
            reveal->setEnabled(lead && stored && !stored->scoresRevealed);
        });
}

} // namespace debrief
