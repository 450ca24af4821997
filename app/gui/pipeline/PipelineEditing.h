#pragma once

#include <QCoreApplication>

class QUndoStack;

namespace debrief {

class CandidateDetailPane;
class CandidateTableModel;
class DatabaseSession;
class MainWindow;
class OpeningListModel;
class Settings;

/// Makes the main window's pipeline editable: the detail pane's stage,
/// promised date, notes and references, and Opening › Add Candidate…, all
/// as commands on the window's undo stack. After each change (done, undone
/// or redone) it refreshes the changed list row, the opening counts and the
/// pane, without reloading the whole list.
class PipelineEditing {
    Q_DECLARE_TR_FUNCTIONS(PipelineEditing)

public:
    static void install(MainWindow* window, DatabaseSession& session, Settings& settings,
                        QUndoStack& undoStack, OpeningListModel& openings,
                        CandidateTableModel& candidates, CandidateDetailPane* detail);
};

} // namespace debrief
