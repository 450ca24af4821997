#include "OpeningMenu.h"

#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>

namespace debrief {

QMenu* OpeningMenu::of(QMainWindow* window) {
    const QString name = QStringLiteral("openingMenu");
    if (auto* existing = window->menuBar()->findChild<QMenu*>(name))
        return existing;
    auto* menu = new QMenu(tr("O&pening"), window->menuBar());
    menu->setObjectName(name);
    const QList<QAction*> actions = window->menuBar()->actions();
    window->menuBar()->insertMenu(actions.isEmpty() ? nullptr : actions.last(), menu);
    return menu;
}

} // namespace debrief
