#pragma once

#include <QCoreApplication>

class QMenu;

namespace debrief {

class DatabaseSession;
class MainWindow;

/// File › New Opening… and Opening › Set Up Opening…: open the set-up
/// dialog and turn what it writes into steps on the window's undo stack.
class OpeningSetupMenu {
    Q_DECLARE_TR_FUNCTIONS(OpeningSetupMenu)

public:
    /// Adds File › New Opening… (Ctrl+Shift+N) to `fileMenu`.
    static void installNewOpening(MainWindow* window, QMenu* fileMenu, DatabaseSession& session);
    /// Adds Opening › Set Up Opening… for the selected opening.
    static void installSetUp(MainWindow* window, DatabaseSession& session);
};

} // namespace debrief
