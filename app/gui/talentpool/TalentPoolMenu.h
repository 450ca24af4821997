#pragma once

#include <QCoreApplication>

class QMenu;

namespace debrief {

class DatabaseSession;
class MainWindow;
class OpeningListModel;
class Settings;

/// View › Talent Pool (Ctrl+Shift+T), a dock next to "Waiting on us", and
/// the suggestions after File › New Opening…: when TalentPoolMatcher finds
/// pool candidates who fit the new opening, a TalentPoolSuggestionDialog
/// offers them, and the ones chosen are added as one undoable step. The
/// strengths are those of the scorecards the panelist using the app may see.
class TalentPoolMenu {
    Q_DECLARE_TR_FUNCTIONS(TalentPoolMenu)

public:
    static void install(MainWindow* window, QMenu* viewMenu, DatabaseSession& session,
                        Settings& settings, OpeningListModel& openings);
};

} // namespace debrief
