#pragma once

#include <QCoreApplication>

namespace debrief {

class CandidateDetailPane;
class CandidateTableModel;
class DatabaseSession;
class MainWindow;
class OpeningListModel;
class Settings;

/// Opening › Log a Message or Call… (Ctrl+Shift+L) and the same button under
/// the detail pane's Messages tab: the LogCommunicationDialog for the
/// candidate on display, logged through CommunicationLog as one command on
/// the window's undo stack. After each change (done, undone or redone) the
/// list row, the opening counts and the pane are refreshed.
class CommunicationEditing {
    Q_DECLARE_TR_FUNCTIONS(CommunicationEditing)

public:
    static void install(MainWindow* window, DatabaseSession& session, Settings& settings,
                        OpeningListModel& openings, CandidateTableModel& candidates,
                        CandidateDetailPane* detail);
};

} // namespace debrief
