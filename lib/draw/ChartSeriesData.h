#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace debrief {

/// One series of a chart as plain values: a name for the legend and one
/// value per category, std::nullopt where there is nothing to draw.
struct ChartSeriesData {
    QString name;
    QList<std::optional<double>> values;
    /// The ChartPalette colour (and line style) of the series; -1 uses its
    /// position in the chart. A finalist keeps theirs when others are hidden.
    int colourIndex = -1;
};

} // namespace debrief
