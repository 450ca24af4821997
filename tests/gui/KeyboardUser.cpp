#include "KeyboardUser.h"

#include <QAction>
#include <QApplication>
#include <QFileDialog>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QTest>

namespace debrief::test {
namespace {

QWidget* focused() {
    return QApplication::focusWidget();
}

QString nameOf(const QWidget* widget) {
    return widget ? QString::fromLatin1(widget->metaObject()->className()) + QLatin1Char('/') +
                        widget->objectName()
                  : QStringLiteral("nothing");
}

} // namespace

void KeyboardUser::type(QWidget* widget, const QString& text) {
    for (const QChar ch : text) {
        if (ch.unicode() < 0x80) {
            QTest::keyClick(widget, ch.toLatin1());
            continue;
        }
        const char16_t upper = ch.toUpper().unicode();
        QTest::sendKeyEvent(QTest::Click, widget, upper < 0x100 ? Qt::Key(upper) : Qt::Key_unknown,
                            QString(ch), Qt::NoModifier);
    }
}

void KeyboardUser::alt(int key) {
    QWidget* target = focused() ? focused() : QApplication::activeWindow();
    QVERIFY2(target, "no window has the keyboard");
    QTest::keyClick(target, Qt::Key(key), Qt::AltModifier);
}

void KeyboardUser::tabTo(QWidget* target, int limit) {
    QVERIFY(target);
    for (int i = 0; i < limit && focused() != target; ++i) {
        QVERIFY(focused());
        QTest::keyClick(focused(), Qt::Key_Tab);
    }
    QVERIFY2(focused() == target, qPrintable(QStringLiteral("Tab did not reach %1; it is on %2")
                                                 .arg(nameOf(target), nameOf(focused()))));
}

bool KeyboardUser::becameActive(QWidget* window) {
    return QTest::qWaitFor([window] { return QApplication::activeWindow() == window; });
}

void KeyboardUser::activate(QWidget* window) {
    window->activateWindow();
    QVERIFY(becameActive(window));
    QTRY_VERIFY(focused() != nullptr);
}

void KeyboardUser::chooseFromMenu(QMainWindow& window, const char* actionName) {
    auto* action = window.findChild<QAction*>(QLatin1String(actionName));
    QVERIFY2(action, actionName);
    QMenu* menu = nullptr;
    for (QAction* top : window.menuBar()->actions()) {
        if (top->menu() && top->menu()->actions().contains(action))
            menu = top->menu();
    }
    QVERIFY2(menu, actionName);
    activate(&window);
    if (QTest::currentTestFailed())
        return;
    const QKeySequence menuKey = QKeySequence::mnemonic(menu->title());
    const QKeySequence itemKey = QKeySequence::mnemonic(action->text());
    QVERIFY2(!menuKey.isEmpty() && !itemKey.isEmpty(), actionName);
    QTest::keyClick(focused(), menuKey[0].key(), Qt::AltModifier);
    QTRY_COMPARE(QApplication::activePopupWidget(), menu);
    QVERIFY2(action->isEnabled(), actionName); // as the menu shows it
    QTest::keyClick(menu, Qt::Key(itemKey[0].key() & ~Qt::AltModifier));
    QTRY_VERIFY(!menu->isVisible());
}

void KeyboardUser::answerFileDialog(QWidget& root, const char* name, const QString& path) {
    QFileDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = root.findChild<QFileDialog*>(QLatin1String(name))) &&
                dialog->isVisible());
    auto* file = dialog->findChild<QLineEdit*>(QStringLiteral("fileNameEdit"));
    QVERIFY(file);
    QTRY_COMPARE(focused(), file);
    QTest::keyClick(file, Qt::Key_A, Qt::ControlModifier);
    type(file, path);
    QTest::keyClick(file, Qt::Key_Return);
    QTRY_VERIFY(!root.findChild<QFileDialog*>(QLatin1String(name)));
}

} // namespace debrief::test
