#pragma once

#include "domain/RowId.h"

#include <QCoreApplication>

#include <functional>

class QMainWindow;
class QUndoStack;

namespace debrief {

class DatabaseSession;

/// Adds Opening › Import Candidates from CSV… to a main window: opens the
/// import wizard on the selected opening; the import lands on the window's
/// undo stack, and the lists reload after it and after its undo or redo.
class CandidateImportMenu {
    Q_DECLARE_TR_FUNCTIONS(CandidateImportMenu)

public:
    /// `currentOpening` gives the selected opening's id (kNoRow for none);
    /// `reload` refreshes the window's lists.
    static void install(QMainWindow* window, DatabaseSession& session, QUndoStack* undoStack,
                        std::function<RowId()> currentOpening, std::function<void()> reload);
};

} // namespace debrief
