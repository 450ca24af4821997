#pragma once

#include "ChartSeriesData.h"
#include "analytics/RatingMatrix.h"
#include "debrief_draw_export.h"

#include <QColor>
#include <QList>
#include <QStringList>

namespace debrief {

/// What the comparison charts draw, built once for Compare Finalists and the
/// comparison report so both show the same values in the same colours: per
/// finalist the panel's mean per criterion on 0–100 (the lowest level of a
/// scale is 0, the highest 100), coloured by the finalist's place in the
/// whole comparison.
class DEBRIEF_DRAW_EXPORT FinalistChartSeries {
public:
    /// The criteria's names, the charts' categories.
    static QStringList criteria(const RatingMatrix& matrix);
    /// One series per finalist of `matrix`. `colourIndices` give each
    /// finalist's place in the full comparison (a narrowed matrix shows some
    /// of them); empty means the matrix is the full comparison.
    static QList<ChartSeriesData> of(const RatingMatrix& matrix,
                                     const QList<int>& colourIndices = {});
    /// The ChartPalette index a series is drawn with: its colourIndex, or
    /// its `position` in the chart when it has none.
    static int colourOf(const ChartSeriesData& series, int position);
    /// The colour of the finalist at `index` of the full comparison.
    static QColor colour(int index);
};

} // namespace debrief
