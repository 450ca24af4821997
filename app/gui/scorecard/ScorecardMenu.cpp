#include "ScorecardMenu.h"

#include "CandidateDetailPane.h"
#include "CurrentPanelist.h"
#include "DatabaseSession.h"
#include "InterviewScoresPanel.h"
#include "OpeningMenu.h"
#include "ScorecardEditor.h"
#include "WarningBox.h"

#include "opening/PanelDirectory.h"
#include "scoring/ScoreReveal.h"
#include "server/SessionPanelist.h"

#include <QAction>
#include <QDateTime>
#include <QInputDialog>
#include <QLabel>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QStatusBar>

namespace debrief {

ScorecardMenu* ScorecardMenu::install(QMainWindow* window, DatabaseSession& session,
                                      Settings& settings, CandidateDetailPane* detail,
                                      std::function<RowId()> currentOpening) {
    return new ScorecardMenu(window, session, settings, detail, std::move(currentOpening));
}

ScorecardMenu* ScorecardMenu::of(QMainWindow* window) {
    return window->findChild<ScorecardMenu*>(QString(), Qt::FindDirectChildrenOnly);
}

ScorecardMenu::ScorecardMenu(QMainWindow* window, DatabaseSession& session, Settings& settings,
                             CandidateDetailPane* detail, std::function<RowId()> currentOpening)
    : QObject(window)
    , m_window(window)
    , m_session(session)
    , m_settings(settings)
    , m_detail(detail)
    , m_currentOpening(std::move(currentOpening)) {
    m_label = new QLabel;
    m_label->setObjectName(QStringLiteral("currentPanelistLabel"));
    m_label->setTextFormat(Qt::PlainText); // a panelist's name
    window->statusBar()->addPermanentWidget(m_label);
    // Asked on every load, so the pane never shows one panelist's view to another.
    m_detail->interviewScores()->setViewer([this] { return currentPanelist(); });
    addActions();
    connect(m_detail, &CandidateDetailPane::interviewActivated, this,
            &ScorecardMenu::scoreInterview);
    // The window reloads the detail pane itself when the database changes.
    connect(&m_session, &DatabaseSession::databaseChanged, this, [this] {
        refreshStatus();
        askIfUnknown();
    });
    refreshStatus();
}

void ScorecardMenu::addActions() {
    const QList<QAction*> top = m_window->menuBar()->actions();
    if (QMenu* file = top.isEmpty() ? nullptr : top.first()->menu()) {
        m_switch = new QAction(tr("S&witch Panelist…"), file);
        m_switch->setObjectName(QStringLiteral("switchPanelistAction"));
        connect(m_switch, &QAction::triggered, this, [this] { choosePanelist(); });
        const QList<QAction*> fileActions = file->actions();
        file->insertAction(fileActions.isEmpty() ? nullptr : fileActions.last(), m_switch);
    }

    QMenu* menu = OpeningMenu::of(m_window);
    m_reveal = menu->addAction(tr("Reveal &Scores to Panel"));
    m_reveal->setObjectName(QStringLiteral("revealScoresAction"));
    m_reveal->setToolTip(tr("Let every panelist see all submitted scorecards of this opening, "
                            "even before submitting their own."));
    connect(m_reveal, &QAction::triggered, this, &ScorecardMenu::revealScores);
    // Only the lead may reveal, and only once; the opening may have changed since.
    connect(menu, &QMenu::aboutToShow, this, &ScorecardMenu::refreshStatus);
}

void ScorecardMenu::scoreInterview(RowId interviewId) {
    if (CurrentPanelist::fixedByLogin(m_session)) {
        // Nobody to choose: the login is linked to a panelist or it is not.
        if (auto current = SessionPanelist::currentId(m_session.database()); !current)
            warn(tr("Scorecard"), current.errorMessage());
        else
            openScorecard(interviewId);
        return;
    }
    // The first scorecard on this computer asks who is scoring.
    if (CurrentPanelist::remembered(m_session, m_settings) == kNoRow)
        choosePanelist([this, interviewId] { openScorecard(interviewId); });
    else
        openScorecard(interviewId);
}

RowId ScorecardMenu::currentPanelist() const {
    return CurrentPanelist::resolve(m_session, m_settings);
}

void ScorecardMenu::askWhoIsScoring() {
    m_asking = true;
    askIfUnknown();
}

void ScorecardMenu::askIfUnknown() {
    if (!m_asking || !m_session.isOpen() || m_asked.contains(m_session.filePath()) ||
        CurrentPanelist::fixedByLogin(m_session))
        return;
    if (CurrentPanelist::remembered(m_session, m_settings) != kNoRow)
        return;
    auto panelists = PanelDirectory(m_session.database()).panelists();
    if (!panelists || panelists->isEmpty())
        return;
    m_asked.insert(m_session.filePath());
    choosePanelist();
}

void ScorecardMenu::choosePanelist(std::function<void()> then) {
    if (!m_session.isOpen() || CurrentPanelist::fixedByLogin(m_session))
        return;
    auto panelists = PanelDirectory(m_session.database()).panelists();
    if (!panelists || panelists->isEmpty()) {
        warn(tr("Switch Panelist"), tr("This database has no panelists yet."));
        return;
    }
    QStringList names;
    for (const Panelist& panelist : *panelists)
        names.append(panelist.name);
    auto* dialog = new QInputDialog(m_window);
    dialog->setObjectName(QStringLiteral("choosePanelistDialog"));
    dialog->setWindowTitle(tr("Who Is Scoring?"));
    dialog->setLabelText(tr("Scorecards on this computer are written as:"));
    dialog->setComboBoxItems(names);
    const RowId current = currentPanelist();
    for (const Panelist& panelist : *panelists) {
        if (panelist.id == current)
            dialog->setTextValue(panelist.name);
    }
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QList<Panelist> list = *panelists;
    connect(dialog, &QInputDialog::accepted, this, [this, dialog, list, then] {
        const auto index = dialog->comboBoxItems().indexOf(dialog->textValue());
        if (index < 0)
            return;
        CurrentPanelist::remember(m_session, m_settings, list.at(index).id);
        refresh();
        emit panelistChanged();
        if (then)
            then();
    });
    // open(), not exec(): window-modal, but nothing waits for it.
    dialog->open();
}

void ScorecardMenu::openScorecard(RowId interviewId) {
    auto* editor = new ScorecardEditor(m_session, m_window);
    editor->setWindowFlag(Qt::Window);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    if (Status loaded = editor->load(interviewId, currentPanelist()); !loaded) {
        delete editor;
        warn(tr("Scorecard"), loaded.errorMessage());
        return;
    }
    connect(editor, &ScorecardEditor::cardStored, this, &ScorecardMenu::refreshDetail);
    connect(editor, &ScorecardEditor::cardStored, this, &ScorecardMenu::scorecardStored);
    editor->show();
    editor->setFocus();
}

void ScorecardMenu::revealScores() {
    const Status done =
        ScoreReveal(m_session.database())
            .reveal(m_currentOpening(), currentPanelist(), QDateTime::currentDateTimeUtc());
    if (!done)
        warn(tr("Reveal Scores"), done.errorMessage());
    refresh();
}

void ScorecardMenu::refresh() {
    refreshStatus();
    refreshDetail();
}

void ScorecardMenu::refreshStatus() {
    const bool fixed = CurrentPanelist::fixedByLogin(m_session);
    if (m_switch)
        m_switch->setVisible(!fixed);
    m_label->setToolTip(fixed ? tr("Scorecards on this server are written as the panelist "
                                   "linked to your login.")
                              : tr("Scorecards on this computer are written as this panelist. "
                                   "File › Switch Panelist… changes it."));
    const RowId panelist = currentPanelist();
    const QString name = CurrentPanelist::name(m_session, panelist);
    m_label->setText(tr("Scoring as %1").arg(name));
    m_label->setVisible(!name.isEmpty());
    m_reveal->setEnabled(m_session.isOpen() &&
                         ScoreReveal(m_session.database()).canReveal(m_currentOpening(), panelist));
}

void ScorecardMenu::refreshDetail() {
    if (m_detail->applicationId() != kNoRow)
        (void)m_detail->showApplication(m_detail->applicationId());
    else
        m_detail->interviewScores()->clear();
}

void ScorecardMenu::warn(const QString& title, const QString& message) {
    WarningBox::show(m_window, title, message, QStringLiteral("scoringMessage"));
}

} // namespace debrief
