#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QWidget>

#include <memory>

class QMenu;

namespace debrief {

class DatabaseSession;
class MainWindow;
class Settings;
struct ViewContext;

/// View › My Interviews (Ctrl+Shift+M): a dock listing, for the panelist
/// using this computer, the scorecards they owe and their interviews to
/// come; Enter opens the scorecard. It follows every change: an edit or
/// undo on the window's stack, another database, the clock moving on (an
/// interview ends, a scorecard falls due) and, through SchedulingMenu,
/// another panelist or a stored scorecard.
class MyInterviewsMenu {
    Q_DECLARE_TR_FUNCTIONS(MyInterviewsMenu)

public:
    static void install(MainWindow* window, QMenu* viewMenu, DatabaseSession& session,
                        Settings& settings);
};

/// The `my-interviews` screenshot view: the main window with My Interviews
/// open for the panelist with the most to do.
Result<std::unique_ptr<QWidget>> makeMyInterviewsView(ViewContext& context);

} // namespace debrief
