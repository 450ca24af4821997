#pragma once

#include "domain/RowId.h"

#include <QObject>
#include <QSet>
#include <QString>

#include <functional>

class QAction;
class QLabel;
class QMainWindow;

namespace debrief {

class CandidateDetailPane;
class DatabaseSession;
class Settings;

/// Wires scoring into the main window: who is scoring ("Scoring as …" in the
/// status bar, File › Switch Panelist… on a file; on a server the login), opening a scorecard from
/// the detail pane's interview list, and Opening › Reveal Scores to Panel for the panel lead. Keeps
/// the detail pane's scores in step with whoever is scoring.
class ScorecardMenu : public QObject {
    Q_OBJECT

public:
    /// Adds the actions and the status bar label; the object is a child of `window`.
    static ScorecardMenu* install(QMainWindow* window, DatabaseSession& session, Settings& settings,
                                  CandidateDetailPane* detail,
                                  std::function<RowId()> currentOpening);
    /// The object install() left on `window`, nullptr when there is none.
    static ScorecardMenu* of(QMainWindow* window);

    /// From now on asks who is scoring, once per database, whenever a
    /// database with panelists is open and no panelist is remembered for it;
    /// asks now for the open one. The dialog never blocks the window.
    void askWhoIsScoring();
    /// Opens the "Who is scoring?" dialog; `then` runs after a choice.
    void choosePanelist(std::function<void()> then = {});
    /// Who is scoring now (see CurrentPanelist::resolve).
    RowId currentPanelist() const;
    /// Opens the scorecard of `interviewId` for whoever is scoring (the
    /// first scorecard on this computer asks who that is).
    void scoreInterview(RowId interviewId);

signals:
    /// Someone else is scoring now, or the database changed.
    void panelistChanged();
    /// A scorecard editor saved or submitted a card.
    void scorecardStored();

private:
    ScorecardMenu(QMainWindow* window, DatabaseSession& session, Settings& settings,
                  CandidateDetailPane* detail, std::function<RowId()> currentOpening);
    void addActions();
    void askIfUnknown();
    void openScorecard(RowId interviewId);
    void revealScores();
    void refresh();
    void refreshStatus();
    void refreshDetail();
    void warn(const QString& title, const QString& message);

    QMainWindow* m_window;
    DatabaseSession& m_session;
    Settings& m_settings;
    CandidateDetailPane* m_detail;
    std::function<RowId()> m_currentOpening;
    QLabel* m_label = nullptr;
    QAction* m_reveal = nullptr;
    /// File › Switch Panelist…, hidden on a server (the login says who).
    QAction* m_switch = nullptr;
    bool m_asking = false;
    /// Databases (by file) already asked about in this run.
    QSet<QString> m_asked;
};

} // namespace debrief
