#pragma once

#include <QObject>

namespace debrief {

/// The one place every window and dialog of the application passes when it
/// is shown: an application-wide event filter that fits it to its screen
/// (WindowPlacement) and gives a secondary window Escape and Ctrl+W
/// (WindowCloseKeys), so that no window has to remember to.
class TopLevelWindows : public QObject {
    Q_OBJECT

public:
    /// Installs the filter on the application; later calls do nothing.
    static void install();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    using QObject::QObject;
};

} // namespace debrief
