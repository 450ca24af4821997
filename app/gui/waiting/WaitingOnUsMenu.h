#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QWidget>

#include <memory>

class QMenu;

namespace debrief {

class DatabaseSession;
class MainWindow;
class OpeningListModel;
struct ViewContext;

/// View › Waiting on Us (Ctrl+Shift+W) and the badge in the status bar: a
/// dock listing every candidate past the date the panel promised them an
/// answer, and its count. Both follow every change: an edit or undo on the
/// window's stack, a reload of the openings, another database, and the date
/// turning over while the window is open.
class WaitingOnUsMenu {
    Q_DECLARE_TR_FUNCTIONS(WaitingOnUsMenu)

public:
    static void install(MainWindow* window, QMenu* viewMenu, DatabaseSession& session,
                        OpeningListModel& openings);
};

/// The `waiting` screenshot view: the main window with the "Waiting on us"
/// dock open and its longest-waiting candidate shown.
Result<std::unique_ptr<QWidget>> makeWaitingOnUsView(ViewContext& context);

} // namespace debrief
