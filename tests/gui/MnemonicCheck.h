#pragma once

#include <QChar>
#include <QString>
#include <QStringList>

class QMenuBar;
class QWidget;

namespace debrief::test {

/// Finds two items that answer to the same Alt+letter: sibling actions of a
/// menu (and the menu bar's titles), or what a window shows together
/// (labels with a buddy, buttons, check boxes, group boxes, tabs, and in a
/// main window the menu bar's titles). Each clash is named with both texts.
class MnemonicCheck {
public:
    /// The letter after a single '&', lower case; null when there is none.
    static QChar mnemonicOf(const QString& text);
    /// Clashes in every menu and submenu of `bar`, and among its titles.
    static QStringList inMenus(QMenuBar* bar);
    /// Clashes among the visible items of `window`; `how` names it.
    static QStringList inWindow(QWidget* window, const QString& how);
};

} // namespace debrief::test
