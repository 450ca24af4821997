#include "WindowPlacement.h"

#include <QDialog>
#include <QScreen>
#include <QWidget>
#include <QWindow>

namespace debrief {
namespace {

/// The frame around a window's contents. Until the window manager has
/// framed a window (X11 reports margins only after mapping it), a typical
/// title bar and border are assumed, so that the title bar stays on screen.
QMargins frameOf(const QWidget* window) {
    if (const QWindow* handle = window->windowHandle()) {
        const QMargins margins = handle->frameMargins();
        if (!margins.isNull())
            return margins;
    }
    if (window->windowFlags() & Qt::FramelessWindowHint)
        return {};
    constexpr int kBorder = 4;
    constexpr int kTitleBar = 32;
    return {kBorder, kTitleBar, kBorder, kBorder};
}

} // namespace

bool WindowPlacement::applies(const QWidget* widget) {
    if (!widget->isWindow() || widget->testAttribute(Qt::WA_DontShowOnScreen))
        return false; // offscreen renderings (--screenshot) keep the size they asked for
    switch (widget->windowType()) {
    case Qt::Popup:
    case Qt::ToolTip:
    case Qt::SplashScreen:
    case Qt::Desktop:
    case Qt::SubWindow:
        return false;
    default:
        return true;
    }
}

void WindowPlacement::fit(QWidget* window) {
    const QScreen* screen = window->screen();
    if (!screen)
        return;
    const QRect available = screen->availableGeometry();
    const QMargins frame = frameOf(window);
    const QSize room = available.size().shrunkBy(frame);
    const QSize size = window->size().boundedTo(room).expandedTo(window->minimumSize());
    const bool shrunk = size != window->size();
    if (shrunk)
        window->resize(size);

    // pos() of a window is its frame's top left.
    QRect outer(window->pos(), size.grownBy(frame));
    // A dialog without a place of its own is already centred on its parent.
    const bool placed =
        window->testAttribute(Qt::WA_Moved) || qobject_cast<const QDialog*>(window) != nullptr;
    if (!shrunk && placed && available.contains(outer))
        return;
    if (shrunk || !placed)
        outer.moveCenter(available.center());
    // Inside, and never with the title bar above or left of the screen.
    outer.moveRight(qMin(outer.right(), available.right()));
    outer.moveBottom(qMin(outer.bottom(), available.bottom()));
    outer.moveLeft(qMax(outer.left(), available.left()));
    outer.moveTop(qMax(outer.top(), available.top()));
    window->move(outer.topLeft());
}

} // namespace debrief
