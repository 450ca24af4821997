#pragma once

#include <QObject>

class QWidget;

namespace debrief {

/// Ends the application right after a widget has painted for the first
/// time: `debrief --benchmark-startup` times start-up to the first paint of
/// the candidate list with it (docs/BENCHMARKS.md).
class FirstPaintQuit : public QObject {
    Q_OBJECT

public:
    /// Watches `widget` (owned by it); quits once it has painted.
    static void install(QWidget& widget);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    using QObject::QObject;
};

} // namespace debrief
