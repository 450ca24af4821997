#pragma once

class QWidget;

namespace debrief {

/// Keeps a window on its screen: shrinks it to the available geometry of
/// its screen (its frame included, never below its minimum size) and moves
/// it inside, centred when it had to shrink or had no place of its own.
/// TopLevelWindows applies it to every window and dialog as it is shown.
class WindowPlacement {
public:
    /// Whether `widget` is a window that is placed (not a popup, tooltip
    /// or an offscreen rendering such as --screenshot).
    static bool applies(const QWidget* widget);
    /// Fits `window` into the available geometry of its screen now.
    static void fit(QWidget* window);
};

} // namespace debrief
