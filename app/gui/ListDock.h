#pragma once

#include <QKeySequence>
#include <QString>

class QAction;
class QDockWidget;
class QMainWindow;
class QMenu;
class QWidget;

namespace debrief {

/// The docks of the window's lists of people (Waiting on Us, Talent Pool,
/// My Interviews): at the bottom (or the top), tabbed together, hidden until
/// the View menu shows them.
class ListDock {
public:
    /// A hidden dock of `window` holding `list`, tabbed with the dock
    /// `objectName`s made before it.
    static QDockWidget* add(QMainWindow* window, const QString& title, const QString& objectName,
                            QWidget* list);
    /// The View menu's entry for `dock`: it shows and hides the dock, and
    /// showing it brings it to the front with the keyboard in the list.
    static QAction* addToggle(QMenu* viewMenu, QDockWidget* dock, const QString& text,
                              const QString& objectName, const QKeySequence& shortcut,
                              const QString& toolTip);
    /// Shows `dock` in front, with the keyboard in its list.
    static void show(QDockWidget* dock);
};

} // namespace debrief
