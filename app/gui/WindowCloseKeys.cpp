#include "WindowCloseKeys.h"

#include <QDialog>
#include <QKeySequence>
#include <QShortcut>
#include <QWidget>

namespace debrief {
namespace {

const char* const kGiven = "debriefCloseKeys";
const char* const kShortcutName = "closeWindowShortcut";

bool isSecondaryWindow(const QWidget* widget) {
    if (!widget->isWindow() || !widget->parentWidget())
        return false; // the main window (and any other window of its own) stays
    switch (widget->windowType()) {
    case Qt::Window:
    case Qt::Dialog:
    case Qt::Sheet:
    case Qt::Tool:
        return true;
    default:
        return false; // popups, tooltips, splash screens
    }
}

void addTo(QWidget* window) {
    window->setProperty(kGiven, true);
    QList<QKeySequence> keys{QKeySequence(Qt::CTRL | Qt::Key_W)};
    // Ctrl+F4 on Windows; the same Ctrl+W elsewhere.
    for (const QKeySequence& close : QKeySequence::keyBindings(QKeySequence::Close)) {
        if (!keys.contains(close))
            keys.append(close);
    }
    // A dialog's own Escape cancels it (and asks first where it must).
    if (!qobject_cast<QDialog*>(window))
        keys.append(QKeySequence(Qt::Key_Escape));
    for (const QKeySequence& key : std::as_const(keys)) {
        auto* shortcut = new QShortcut(key, window);
        shortcut->setObjectName(QLatin1String(kShortcutName));
        shortcut->setContext(Qt::WindowShortcut);
        QObject::connect(shortcut, &QShortcut::activated, window, &QWidget::close);
    }
}

} // namespace

void WindowCloseKeys::update(QWidget* window) {
    if (!window->property(kGiven).toBool()) {
        if (isSecondaryWindow(window))
            addTo(window);
        return;
    }
    // A floating list docked again is part of the main window, which these
    // keys must not close (nor take Escape from).
    const auto shortcuts =
        window->findChildren<QShortcut*>(QLatin1String(kShortcutName), Qt::FindDirectChildrenOnly);
    for (QShortcut* shortcut : shortcuts)
        shortcut->setEnabled(window->isWindow());
}

} // namespace debrief
