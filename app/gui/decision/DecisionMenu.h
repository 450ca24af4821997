#pragma once

#include "domain/RowId.h"

#include <QCoreApplication>

#include <functional>

class QMainWindow;

namespace debrief {

class DatabaseSession;
class Settings;

/// Opening › Record Decision…: opens the DecisionDialog for the selected
/// opening as the panelist scoring on this computer, and reloads the window
/// after anything was written.
class DecisionMenu {
    Q_DECLARE_TR_FUNCTIONS(DecisionMenu)

public:
    static void install(QMainWindow* window, DatabaseSession& session, Settings& settings,
                        std::function<RowId()> currentOpening, std::function<void()> reload);
};

} // namespace debrief
