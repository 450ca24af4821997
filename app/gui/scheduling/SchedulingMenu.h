#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QWidget>

#include <memory>

namespace debrief {

class CandidateDetailPane;
class CandidateTableModel;
class DatabaseSession;
class MainWindow;
class OpeningListModel;
class Settings;
struct ViewContext;

/// Interviews in the window: Opening › Schedule Interview… (Ctrl+Shift+I)
/// and the same on the candidate list's context menu, for the candidate on
/// display; the Interviews card's Schedule Interview…, Reschedule…, Cancel
/// Interview… and Save Invitation (.ics)…. Each change is one command on
/// the window's undo stack (SchedulingCommands); afterwards the list row,
/// the opening counts, the pane and My Interviews are refreshed. Installed
/// after ScorecardMenu, whose changes of panelist and stored scorecards it
/// passes on to My Interviews.
class SchedulingMenu {
    Q_DECLARE_TR_FUNCTIONS(SchedulingMenu)

public:
    static void install(MainWindow* window, DatabaseSession& session, Settings& settings,
                        OpeningListModel& openings, CandidateTableModel& candidates,
                        CandidateDetailPane* detail);
};

/// The `schedule-interview` screenshot view: the dialog for the debrief
/// opening's first candidate who is still in process, as it opens.
Result<std::unique_ptr<QWidget>> makeScheduleInterviewView(ViewContext& context);

} // namespace debrief
