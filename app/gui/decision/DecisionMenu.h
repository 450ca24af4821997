#pragma once

#include "domain/RowId.h"

#include <QCoreApplication>

#include <functional>

namespace debrief {

class DatabaseSession;
class MainWindow;
class Settings;

/// The Decision menu: Record Decision… (the DecisionDialog for the selected
/// opening as the panelist working on this computer), Amend Decision…,
/// Offer Accepted… and Offer Declined / Hire Fell Through… (OfferOutcomeDialog).
/// Every step is one command on the window's undo stack (DecisionCommands);
/// the window reloads after each, done or undone.
class DecisionMenu {
    Q_DECLARE_TR_FUNCTIONS(DecisionMenu)

public:
    static void install(MainWindow* window, DatabaseSession& session, Settings& settings,
                        std::function<RowId()> currentOpening, std::function<void()> reload);
};

} // namespace debrief
