#include "PipelineChart.h"

#include "ChartPalette.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QHorizontalBarSeries>
#include <QValueAxis>

#include <algorithm>

namespace debrief::report {
namespace {

QBarSet* barSet(const QString& name, int colour) {
    auto* set = new QBarSet(name);
    set->setColor(ChartPalette::seriesColour(colour));
    set->setBorderColor(ChartPalette::seriesColour(colour).darker(140));
    return set;
}

/// A round axis maximum with whole-number ticks: 5, 10, 20, 50, …
int niceMaximum(int largest) {
    for (int step : {5, 10, 20, 25, 50, 100, 200, 500, 1000, 2000, 5000}) {
        if (largest <= step)
            return step;
    }
    return (largest / 10000 + 1) * 10000;
}

} // namespace

QChart* PipelineChart::build(const QList<StageFigures>& stages) {
    auto* chart = new QChart;
    chart->setTitle(tr("Candidates per stage"));
    QBarSet* now = barSet(tr("In this stage now"), 0);
    QBarSet* reached = barSet(tr("Got at least this far"), 1);
    auto* categories = new QBarCategoryAxis;
    int largest = 0;
    // Horizontal bars stack upwards: reversed, so Applied is at the top.
    for (auto s = stages.crbegin(); s != stages.crend(); ++s) {
        now->append(s->now);
        reached->append(s->reached);
        categories->append(toLabel(s->stage));
        largest = std::max({largest, s->now, s->reached});
    }
    auto* bars = new QHorizontalBarSeries;
    bars->append(now);
    bars->append(reached);
    chart->addSeries(bars);
    chart->addAxis(categories, Qt::AlignLeft);
    bars->attachAxis(categories);
    auto* values = new QValueAxis;
    const int maximum = niceMaximum(std::max(1, largest));
    values->setRange(0, maximum);
    values->setTickCount(6);
    values->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(values, Qt::AlignBottom);
    bars->attachAxis(values);
    chart->legend()->setAlignment(Qt::AlignRight);
    chart->setMargins(QMargins(4, 4, 4, 4));
    return chart;
}

} // namespace debrief::report
