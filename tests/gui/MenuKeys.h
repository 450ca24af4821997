#pragma once

#include <QApplication>
#include <QContextMenuEvent>
#include <QTest>
#include <QTimer>
#include <QWidget>

namespace debrief::test {

/// What the menu key (or Shift+F10) becomes: a keyboard context-menu event
/// for the focus widget (the window system makes it, so QTest's key press
/// to a widget does not).
inline void pressMenuKey() {
    QWidget* focus = QApplication::focusWidget();
    QVERIFY(focus);
    QContextMenuEvent event(QContextMenuEvent::Keyboard, focus->rect().center(),
                            focus->mapToGlobal(focus->rect().center()));
    QApplication::sendEvent(focus, &event);
}

/// Presses `key` in the popup menu that opens next (QMenu::exec runs its
/// own event loop, so it is driven from a timer).
inline void pressInNextMenu(Qt::Key key) {
    QTimer::singleShot(0, [key] {
        QTRY_VERIFY(QApplication::activePopupWidget());
        QTest::keyClick(QApplication::activePopupWidget(), key);
    });
}

} // namespace debrief::test
