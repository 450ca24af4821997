#include "TopLevelWindows.h"

#include "WindowCloseKeys.h"
#include "WindowPlacement.h"

#include <QApplication>
#include <QEvent>
#include <QWidget>

namespace debrief {

void TopLevelWindows::install() {
    static TopLevelWindows* filter = nullptr;
    if (filter || !qApp)
        return;
    filter = new TopLevelWindows(qApp);
    qApp->installEventFilter(filter);
}

bool TopLevelWindows::eventFilter(QObject* watched, QEvent* event) {
    if (event->type() == QEvent::Show && watched->isWidgetType()) {
        auto* widget = static_cast<QWidget*>(watched);
        if (WindowPlacement::applies(widget))
            WindowPlacement::fit(widget);
        WindowCloseKeys::update(widget);
    }
    return QObject::eventFilter(watched, event);
}

} // namespace debrief
