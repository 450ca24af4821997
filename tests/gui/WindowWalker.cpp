#include "WindowWalker.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QTest>
#include <QTimer>

namespace debrief::test {
namespace {

/// Actions the walk never triggers, by object name or by their menu.
/// - Quit ends the test; a recent file (and "Clear Menu") switches the
///   database or forgets the list, which is not a window either.
/// - Reveal Scores to Panel acts at once and for good (no question first):
///   it would change what every later dialog shows.
const QStringList kDeniedActions{QStringLiteral("quitAction"),
                                 QStringLiteral("revealScoresAction")};
const QStringList kDeniedMenus{QStringLiteral("recentMenu")};

} // namespace

WindowWalker::WindowWalker(QMainWindow& window)
    : m_window(window) {
}

QString WindowWalker::plainText(const QString& text) {
    QString plain;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('&') && i + 1 < text.size())
            ++i; // "&&" is a literal ampersand, "&x" marks x
        plain.append(text.at(i));
    }
    return plain;
}

QList<QPair<QString, QMenu*>> WindowWalker::menus(QMenuBar* bar) {
    QList<QPair<QString, QMenu*>> found;
    std::function<void(const QString&, QMenu*)> add = [&](const QString& path, QMenu* menu) {
        found.append({path, menu});
        for (QAction* action : menu->actions()) {
            if (QMenu* sub = action->menu())
                add(path + QStringLiteral(" › ") + plainText(action->text()), sub);
        }
    };
    for (QAction* action : bar->actions()) {
        if (QMenu* menu = action->menu())
            add(plainText(action->text()), menu);
    }
    return found;
}

bool WindowWalker::denied(const QAction* action) {
    if (kDeniedActions.contains(action->objectName()) || action->menuRole() == QAction::QuitRole)
        return true;
    for (const QObject* parent = action->parent(); parent; parent = parent->parent()) {
        if (kDeniedMenus.contains(parent->objectName()))
            return true;
    }
    return false;
}

bool WindowWalker::isCandidate(const QWidget* widget) const {
    if (widget == &m_window || !widget->isVisible() || m_before.contains(widget) ||
        m_seen.contains(widget))
        return false;
    switch (widget->windowType()) {
    case Qt::Popup:
    case Qt::ToolTip:
    case Qt::SplashScreen:
    case Qt::Desktop:
        return false;
    default:
        return !qobject_cast<const QMenu*>(widget);
    }
}

void WindowWalker::visitNew(const QString& how, const Visit& visit, bool closeAll) {
    const QList<QWidget*> windows = QApplication::topLevelWidgets();
    for (QWidget* window : windows) {
        if (!isCandidate(window))
            continue;
        m_seen.insert(window);
        visit(window, how);
        m_toClose.append(window);
    }
    if (!closeAll)
        return;
    // Newest first: a question on top of its dialog goes before the dialog.
    while (!m_toClose.isEmpty()) {
        QPointer<QWidget> window = m_toClose.takeLast();
        if (!window || !window->isVisible())
            continue;
        if (auto* dialog = qobject_cast<QDialog*>(window.data()))
            dialog->reject();
        else
            window->close();
    }
}

void WindowWalker::catchWindows(const QString& how, const std::function<void()>& open,
                                const Visit& visit) {
    m_before.clear();
    m_seen.clear();
    for (QWidget* window : QApplication::topLevelWidgets()) {
        if (window->isVisible())
            m_before.insert(window);
    }
    // A modal dialog's exec() does not return until it is closed: a timer
    // visits it from inside that loop. Two turns of the timer before
    // closing, so that layouts and the placement on show have settled.
    QTimer poll;
    int turns = 0;
    QObject::connect(&poll, &QTimer::timeout, &poll, [&] {
        const bool modal = QApplication::activeModalWidget() != nullptr;
        if (!modal) {
            turns = 0;
            return;
        }
        if (++turns >= 2) {
            visitNew(how, visit, true);
            turns = 0;
        }
    });
    poll.start(50);
    open();
    QTest::qWait(150); // window-modal dialogs (open()) and windows (show())
    poll.stop();
    visitNew(how, visit, true);
    // Closed windows with WA_DeleteOnClose go with the next deferred delete.
    QApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QApplication::processEvents();
}

QStringList WindowWalker::walkMenus(const Visit& visit) {
    QStringList triggered;
    const auto all = menus(m_window.menuBar());
    for (const auto& [path, menu] : all) {
        // Actions are enabled as their menu is about to show.
        emit menu->aboutToShow();
        for (QAction* action : menu->actions()) {
            if (action->isSeparator() || action->menu() || denied(action))
                continue;
            emit menu->aboutToShow(); // the last action may have changed the state
            if (!action->isEnabled() || !action->isVisible())
                continue;
            const QString how = path + QStringLiteral(" › ") + plainText(action->text());
            triggered.append(how);
            catchWindows(
                how, [action] { action->trigger(); }, visit);
            // A toggle (a list, the detail pane) goes back to how it was.
            if (action->isCheckable())
                catchWindows(
                    how, [action] { action->trigger(); }, visit);
        }
    }
    return triggered;
}

} // namespace debrief::test
