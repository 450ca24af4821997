#pragma once

#include <QString>

class QMainWindow;
class QWidget;

namespace debrief::test {

/// What a keyboard user does in a window, for GUI tests that drive the real
/// windows the way a person would: type (accents too), Tab to a field, pick
/// a menu item by its mnemonics, answer a file dialog. Failures are test
/// failures (QVERIFY), so a caller checks QTest::currentTestFailed().
struct KeyboardUser {
    /// Types `text` into `widget` key by key. QTest::keyClicks takes Latin-1
    /// letters only; a key that makes "ë" or "Ł" (a layout or an input
    /// method) sends its text with the key press, and so does this.
    static void type(QWidget* widget, const QString& text);
    /// Presses Alt+`key` where the keyboard is.
    static void alt(int key);
    /// Tab until the keyboard is on `target`, `limit` presses at most.
    static void tabTo(QWidget* target, int limit = 40);
    /// Whether `window` becomes the active window. Not qWaitForWindowActive,
    /// which counts a window of the active one as active too.
    static bool becameActive(QWidget* window);
    /// `window` active again, as the window manager makes it after a dialog
    /// closes (offscreen, nothing does), with the keyboard somewhere in it.
    static void activate(QWidget* window);
    /// Opens the menu of `window`'s menu bar that holds the action named
    /// `actionName` with its mnemonic (Alt+letter) and picks the action
    /// with its own letter.
    static void chooseFromMenu(QMainWindow& window, const char* actionName);
    /// Types `path` into the open file dialog named `name` (a child of
    /// `root`) and presses Enter.
    static void answerFileDialog(QWidget& root, const char* name, const QString& path);
};

} // namespace debrief::test
