#pragma once

#include "ChartSeriesData.h"
#include "debrief_draw_export.h"

#include <QCoreApplication>
#include <QStringList>

class QChart;

namespace debrief {

/// A grouped bar chart: one group per criterion (drawn horizontally, the
/// names down the left), one bar per finalist, values on 0–100.
class DEBRIEF_DRAW_EXPORT CriterionBarChart {
    Q_DECLARE_TR_FUNCTIONS(CriterionBarChart)

public:
    /// The caller owns the chart. A missing value is a zero-height bar.
    static QChart* build(const QStringList& criteria, const QList<ChartSeriesData>& series);
};

} // namespace debrief
