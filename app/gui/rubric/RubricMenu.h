#pragma once

#include "domain/RowId.h"

#include <QCoreApplication>

#include <functional>

class QMainWindow;

namespace debrief {

class DatabaseSession;

/// Adds Opening › Edit Rubric… to a main window: opens the rubric editor on
/// the selected opening and, after a save, tells every view to reload.
class RubricMenu {
    Q_DECLARE_TR_FUNCTIONS(RubricMenu)

public:
    /// `currentOpening` gives the selected opening's id (kNoRow for none).
    static void install(QMainWindow* window, DatabaseSession& session,
                        std::function<RowId()> currentOpening);
};

} // namespace debrief
