#pragma once

#include <QRectF>

class QChart;
class QPainter;

namespace debrief::report {

/// Draws a QChart as vectors filling a frame on a high-resolution page.
/// The chart is laid out in its own scene at the frame's size in points
/// (times a fixed factor), with pixel-sized fonts so the page's 1200 dpi
/// neither shrinks it to a postage stamp nor blows its labels up.
class ChartRenderer {
public:
    /// Scene units per point: 2 allows half-point font sizes and makes a
    /// chart's 1-unit grid lines 0.5 pt hairlines.
    static constexpr double unitsPerPoint = 2.0;

    /// Takes ownership of `chart` and deletes it. `frame` is in points; the
    /// painter works in device units, `deviceScale` of them per point.
    static void render(QPainter& painter, QChart* chart, const QRectF& frame, double deviceScale);

private:
    /// The report's face and sizes (9 pt title, 7.5 pt labels) on every chart.
    static void applyReportFonts(QChart* chart);
};

} // namespace debrief::report
