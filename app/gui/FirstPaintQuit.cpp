#include "FirstPaintQuit.h"

#include <QCoreApplication>
#include <QEvent>
#include <QWidget>

namespace debrief {

void FirstPaintQuit::install(QWidget& widget) {
    widget.installEventFilter(new FirstPaintQuit(&widget));
}

bool FirstPaintQuit::eventFilter(QObject* watched, QEvent* event) {
    if (event->type() == QEvent::Paint) {
        watched->removeEventFilter(this);
        // Queued: the paint this event starts finishes first.
        QMetaObject::invokeMethod(QCoreApplication::instance(), &QCoreApplication::quit,
                                  Qt::QueuedConnection);
    }
    return false;
}

} // namespace debrief
