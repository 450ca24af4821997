#pragma once

#include "ChartSeriesData.h"
#include "debrief_draw_export.h"

#include <QCoreApplication>
#include <QStringList>

class QChart;

namespace debrief {

/// A radar (spider) chart of finalists over the criteria: one closed line
/// per finalist, one spoke per criterion, values on 0–100.
class DEBRIEF_DRAW_EXPORT ComparisonRadarChart {
    Q_DECLARE_TR_FUNCTIONS(ComparisonRadarChart)

public:
    /// The caller owns the chart (a QChartView takes it over). A missing
    /// value is drawn at the centre, so a finalist nobody rated on a
    /// criterion does not look strong on it.
    static QChart* build(const QStringList& criteria, const QList<ChartSeriesData>& series);
};

} // namespace debrief
