#include "ComparisonRadarChart.h"

#include "ChartLabels.h"
#include "ChartPalette.h"
#include "FinalistChartSeries.h"

#include <QCategoryAxis>
#include <QLineSeries>
#include <QPen>
#include <QPolarChart>
#include <QValueAxis>

namespace debrief {
namespace {

QCategoryAxis* spokes(const QStringList& criteria) {
    auto* axis = new QCategoryAxis;
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    for (int i = 0; i < criteria.size(); ++i)
        axis->append(ChartLabels::wrapped(criteria.at(i)), i);
    axis->setRange(0, qMax(1, int(criteria.size())));
    return axis;
}

QValueAxis* radial() {
    auto* axis = new QValueAxis;
    axis->setRange(0, 100);
    axis->setTickCount(5);
    axis->setLabelFormat(QStringLiteral("%d"));
    return axis;
}

QLineSeries* lineOf(const ChartSeriesData& data, int index) {
    auto* line = new QLineSeries;
    line->setName(ChartLabels::text(data.name));
    // A criterion nobody assessed gets no point (never a zero, which would
    // read as the lowest score); the outline joins its neighbours.
    for (int i = 0; i < data.values.size(); ++i) {
        if (data.values.at(i))
            line->append(i, *data.values.at(i));
    }
    if (!data.values.isEmpty() && data.values.first())
        line->append(data.values.size(), *data.values.first());
    QPen pen(ChartPalette::seriesColour(index));
    pen.setWidthF(2.5);
    // Colour is not the only cue: every other finalist gets a dashed line.
    pen.setStyle(index % 2 == 0 ? Qt::SolidLine : Qt::DashLine);
    line->setPen(pen);
    line->setPointsVisible(true);
    return line;
}

} // namespace

QChart* ComparisonRadarChart::build(const QStringList& criteria,
                                    const QList<ChartSeriesData>& series) {
    auto* chart = new QPolarChart;
    chart->setTitle(tr("Panel mean per criterion (% of scale)"));
    QCategoryAxis* angular = spokes(criteria);
    QValueAxis* radius = radial();
    chart->addAxis(angular, QPolarChart::PolarOrientationAngular);
    chart->addAxis(radius, QPolarChart::PolarOrientationRadial);
    for (int i = 0; i < series.size(); ++i) {
        QLineSeries* line = lineOf(series.at(i), FinalistChartSeries::colourOf(series.at(i), i));
        chart->addSeries(line);
        line->attachAxis(angular);
        line->attachAxis(radius);
    }
    // Beside the chart, where full names fit; below they were cut short.
    chart->legend()->setAlignment(Qt::AlignRight);
    chart->setMargins(QMargins(4, 4, 4, 4));
    return chart;
}

} // namespace debrief
