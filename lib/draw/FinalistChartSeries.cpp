#include "FinalistChartSeries.h"

#include "ChartPalette.h"
#include "analytics/WeightedTotal.h"

namespace debrief {

QStringList FinalistChartSeries::criteria(const RatingMatrix& matrix) {
    QStringList names;
    for (const Criterion& criterion : matrix.criteria())
        names.append(criterion.name);
    return names;
}

QList<ChartSeriesData> FinalistChartSeries::of(const RatingMatrix& matrix,
                                               const QList<int>& colourIndices) {
    QList<ChartSeriesData> series;
    for (int f = 0; f < matrix.finalistCount(); ++f) {
        ChartSeriesData finalist{
            matrix.finalists().at(f).name, {}, f < colourIndices.size() ? colourIndices.at(f) : f};
        for (int c = 0; c < matrix.criterionCount(); ++c) {
            const std::optional<double> mean = WeightedTotal::criterionMean(matrix, f, c);
            finalist.values.append(mean ? std::optional<double>(*mean * 100.0) : std::nullopt);
        }
        series.append(finalist);
    }
    return series;
}

int FinalistChartSeries::colourOf(const ChartSeriesData& series, int position) {
    return series.colourIndex >= 0 ? series.colourIndex : position;
}

QColor FinalistChartSeries::colour(int index) {
    return ChartPalette::seriesColour(index);
}

} // namespace debrief
