#pragma once

#include <QString>

#include <functional>

class QChart;

namespace debrief::report {

/// A chart in a report. The engine calls `create` once while painting, owns
/// the chart it returns, and draws it as vectors filling its frame.
struct ReportChart {
    std::function<QChart*()> create; ///< a new chart, owned by the engine
    double heightMm = 80;            ///< frame height
    double widthMm = 0;              ///< frame width; 0 = text width; narrower frames are centred
    QString caption;                 ///< below the frame
};

} // namespace debrief::report
