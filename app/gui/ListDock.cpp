#include "ListDock.h"

#include <QAction>
#include <QDockWidget>
#include <QMainWindow>
#include <QMenu>

namespace debrief {

QDockWidget* ListDock::add(QMainWindow* window, const QString& title, const QString& objectName,
                           QWidget* list) {
    // The first list dock of the window is the one the others join.
    QDockWidget* first = nullptr;
    for (QDockWidget* dock :
         window->findChildren<QDockWidget*>(QString(), Qt::FindDirectChildrenOnly)) {
        if (dock->property("debriefListDock").toBool()) {
            first = dock;
            break;
        }
    }
    auto* dock = new QDockWidget(title, window);
    dock->setObjectName(objectName);
    dock->setProperty("debriefListDock", true);
    dock->setWidget(list);
    dock->setAllowedAreas(Qt::BottomDockWidgetArea | Qt::TopDockWidgetArea);
    window->addDockWidget(Qt::BottomDockWidgetArea, dock);
    if (first)
        window->tabifyDockWidget(first, dock);
    dock->hide();
    return dock;
}

QAction* ListDock::addToggle(QMenu* viewMenu, QDockWidget* dock, const QString& text,
                             const QString& objectName, const QKeySequence& shortcut,
                             const QString& toolTip) {
    QAction* action = dock->toggleViewAction();
    action->setText(text);
    action->setObjectName(objectName);
    action->setShortcut(shortcut);
    action->setToolTip(toolTip);
    viewMenu->addAction(action);
    QObject::connect(action, &QAction::triggered, dock, [dock](bool shown) {
        if (shown)
            ListDock::show(dock);
    });
    return action;
}

void ListDock::show(QDockWidget* dock) {
    dock->show();
    dock->raise();
    if (QWidget* list = dock->widget())
        list->setFocus(Qt::ShortcutFocusReason);
}

} // namespace debrief
