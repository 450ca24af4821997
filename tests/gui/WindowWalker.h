#pragma once

#include <QList>
#include <QPointer>
#include <QSet>
#include <QString>
#include <QStringList>

#include <functional>

class QAction;
class QMainWindow;
class QMenu;
class QMenuBar;
class QWidget;

namespace debrief::test {

/// Opens every window and dialog reachable from a main window's menus, for
/// tests that check all of them (fit to the screen, mnemonics) and so also
/// cover dialogs added later without being edited. Every enabled action of
/// the menu bar is triggered, except a short deny-list; each window or
/// dialog that appears (modal ones too: they are caught by a timer while
/// exec() runs) is handed to a visitor, then closed or cancelled, so
/// nothing is written.
class WindowWalker {
public:
    /// `window`: what the walk starts from; `where`: a name for messages.
    using Visit = std::function<void(QWidget* window, const QString& how)>;

    explicit WindowWalker(QMainWindow& window);

    /// Every menu of the menu bar and their submenus, as "File › Open Recent".
    static QList<QPair<QString, QMenu*>> menus(QMenuBar* bar);
    /// What the user reads of an action or menu title: "&Export Report…" → "Export Report…".
    static QString plainText(const QString& text);

    /// Triggers every enabled, not denied action; returns the paths of the
    /// actions triggered.
    QStringList walkMenus(const Visit& visit);
    /// Runs `open` and visits each window that appears while it runs and
    /// shortly after, then closes them. `how` names it in messages.
    void catchWindows(const QString& how, const std::function<void()>& open, const Visit& visit);

private:
    static bool denied(const QAction* action);
    void visitNew(const QString& how, const Visit& visit, bool closeAll);
    bool isCandidate(const QWidget* widget) const;

    QMainWindow& m_window;
    QSet<const QWidget*> m_before;
    QSet<const QWidget*> m_seen;
    QList<QPointer<QWidget>> m_toClose;
};

} // namespace debrief::test
