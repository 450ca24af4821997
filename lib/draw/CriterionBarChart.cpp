#include "CriterionBarChart.h"

#include "ChartLabels.h"
#include "ChartPalette.h"
#include "FinalistChartSeries.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QHorizontalBarSeries>
#include <QValueAxis>

namespace debrief {
namespace {

QBarSet* setOf(const ChartSeriesData& data, int index) {
    auto* set = new QBarSet(ChartLabels::text(data.name));
    // Horizontal bars stack upwards, so the values go in reverse to put
    // the first criterion at the top, as in the table.
    for (auto value = data.values.crbegin(); value != data.values.crend(); ++value)
        set->append(value->value_or(0.0));
    set->setColor(ChartPalette::seriesColour(index));
    set->setBorderColor(ChartPalette::seriesColour(index).darker(140));
    return set;
}

} // namespace

QChart* CriterionBarChart::build(const QStringList& criteria,
                                 const QList<ChartSeriesData>& series) {
    auto* chart = new QChart;
    chart->setTitle(tr("Panel mean per criterion (% of scale)"));
    // Horizontal bars leave the criterion names the width they need.
    auto* bars = new QHorizontalBarSeries;
    for (int i = 0; i < series.size(); ++i)
        bars->append(setOf(series.at(i), FinalistChartSeries::colourOf(series.at(i), i)));
    chart->addSeries(bars);
    auto* categories = new QBarCategoryAxis;
    for (auto criterion = criteria.crbegin(); criterion != criteria.crend(); ++criterion)
        categories->append(ChartLabels::wrapped(*criterion));
    chart->addAxis(categories, Qt::AlignLeft);
    bars->attachAxis(categories);
    auto* values = new QValueAxis;
    values->setRange(0, 100);
    values->setTickCount(6);
    values->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(values, Qt::AlignBottom);
    bars->attachAxis(values);
    chart->legend()->setAlignment(Qt::AlignRight);
    chart->setMargins(QMargins(4, 4, 4, 4));
    return chart;
}

} // namespace debrief
