#include "MnemonicCheck.h"

#include "WindowWalker.h"

#include <QAbstractButton>
#include <QAction>
#include <QGroupBox>
#include <QHash>
#include <QLabel>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QTabBar>

namespace debrief::test {
namespace {

/// Texts by their mnemonic; reports every letter used more than once.
class Letters {
public:
    void add(const QString& text) {
        const QChar letter = MnemonicCheck::mnemonicOf(text);
        if (!letter.isNull())
            m_texts[letter].append(text);
    }
    QStringList clashes(const QString& where) const {
        QStringList found;
        for (auto it = m_texts.cbegin(); it != m_texts.cend(); ++it) {
            if (it.value().size() > 1) {
                found.append(QStringLiteral("%1: Alt+%2 is shared by “%3”")
                                 .arg(where, it.key().toUpper(),
                                      it.value().join(QStringLiteral("” and “"))));
            }
        }
        found.sort();
        return found;
    }

private:
    QHash<QChar, QStringList> m_texts;
};

} // namespace

QChar MnemonicCheck::mnemonicOf(const QString& text) {
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) == QLatin1Char('&')) {
            ++i; // "&&" is a literal ampersand
            continue;
        }
        return text.at(i + 1).toLower();
    }
    return {};
}

QStringList MnemonicCheck::inMenus(QMenuBar* bar) {
    QStringList found;
    Letters titles;
    for (QAction* action : bar->actions()) {
        if (action->isVisible())
            titles.add(action->text());
    }
    found += titles.clashes(QStringLiteral("the menu bar"));
    for (const auto& [path, menu] : WindowWalker::menus(bar)) {
        // Items appear as their menu is about to show (Open Recent's files).
        emit menu->aboutToShow();
        Letters items;
        for (QAction* action : menu->actions()) {
            if (!action->isSeparator() && action->isVisible())
                items.add(action->text());
        }
        found += items.clashes(QStringLiteral("menu %1").arg(path));
    }
    return found;
}

QStringList MnemonicCheck::inWindow(QWidget* window, const QString& how) {
    Letters letters;
    const auto shown = [window](const QWidget* widget) {
        return widget->window() == window && widget->isVisibleTo(window);
    };
    for (const QLabel* label : window->findChildren<QLabel*>()) {
        if (label->buddy() && shown(label))
            letters.add(label->text());
    }
    for (const QAbstractButton* button : window->findChildren<QAbstractButton*>()) {
        if (shown(button))
            letters.add(button->text());
    }
    for (const QGroupBox* box : window->findChildren<QGroupBox*>()) {
        if (shown(box))
            letters.add(box->title());
    }
    for (const QTabBar* tabs : window->findChildren<QTabBar*>()) {
        if (!shown(tabs))
            continue;
        for (int i = 0; i < tabs->count(); ++i) {
            if (tabs->isTabVisible(i))
                letters.add(tabs->tabText(i));
        }
    }
    // In a main window Alt+letter also opens a menu.
    if (auto* main = qobject_cast<QMainWindow*>(window)) {
        for (const QAction* action : main->menuBar()->actions()) {
            if (action->isVisible())
                letters.add(action->text());
        }
    }
    const QString name = window->objectName().isEmpty()
                             ? QString::fromLatin1(window->metaObject()->className())
                             : window->objectName();
    return letters.clashes(QStringLiteral("%1 (%2)").arg(how, name));
}

} // namespace debrief::test
