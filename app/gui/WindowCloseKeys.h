#pragma once

class QWidget;

namespace debrief {

/// Escape and Ctrl+W close a secondary window (Compare, Rejection Drafts,
/// an editor in a window of its own, a floating list); Ctrl+W also closes a
/// dialog, where Escape already cancels. Closing goes through the window's
/// own close(), so a window with unsaved changes asks first as it does when
/// its close button is clicked. The main window is left alone.
/// TopLevelWindows applies it to every window as it is shown.
class WindowCloseKeys {
public:
    /// Gives a secondary window the keys (once); a list docked again into
    /// the main window has them switched off, a floating one on.
    static void update(QWidget* window);
};

} // namespace debrief
