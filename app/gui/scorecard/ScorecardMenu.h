#pragma once

#include "domain/RowId.h"

#include <QCoreApplication>

#include <functional>

class QMainWindow;

namespace debrief {

class CandidateDetailPane;
class DatabaseSession;
class Settings;

/// Wires scoring into the main window: opening a scorecard from the detail
/// pane's interview list, File › Switch Panelist… and Opening › Reveal
/// Scores to Panel (enabled for the panel lead only).
class ScorecardMenu {
    Q_DECLARE_TR_FUNCTIONS(ScorecardMenu)

public:
    static void install(QMainWindow* window, DatabaseSession& session, Settings& settings,
                        CandidateDetailPane* detail, std::function<RowId()> currentOpening);
};

} // namespace debrief
