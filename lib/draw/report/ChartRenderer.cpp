#include "ChartRenderer.h"

#include "ReportStyle.h"

#include <QAbstractAxis>
#include <QAbstractBarSeries>
#include <QBarSet>
#include <QChart>
#include <QCoreApplication>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QLegend>
#include <QPainter>
#include <QPieSeries>
#include <QPieSlice>
#include <QXYSeries>

#include <memory>

namespace debrief::report {
namespace {

// A pixel-sized font is not rescaled by the device's dots per inch, so the
// chart measures its labels in the same units it is drawn in.
QFont sceneFont(double points, bool bold) {
    QFont font(ReportStyle::family());
    font.setPixelSize(qRound(points * ChartRenderer::unitsPerPoint));
    font.setBold(bold);
    font.setHintingPreference(QFont::PreferNoHinting);
    ReportStyle::disableLigatures(font);
    return font;
}

void applySeriesFonts(QAbstractSeries* series, const QFont& font) {
    if (auto* bars = qobject_cast<QAbstractBarSeries*>(series)) {
        for (QBarSet* set : bars->barSets())
            set->setLabelFont(font);
    } else if (auto* xy = qobject_cast<QXYSeries*>(series)) {
        xy->setPointLabelsFont(font);
    } else if (auto* pie = qobject_cast<QPieSeries*>(series)) {
        for (QPieSlice* slice : pie->slices())
            slice->setLabelFont(font);
    }
}

} // namespace

void ChartRenderer::applyReportFonts(QChart* chart) {
    chart->setTitleFont(sceneFont(9, true));
    chart->legend()->setFont(sceneFont(7.5, false));
    const QFont labels = sceneFont(7.5, false);
    for (QAbstractAxis* axis : chart->axes()) {
        axis->setLabelsFont(labels);
        axis->setTitleFont(sceneFont(8, true));
    }
    for (QAbstractSeries* series : chart->series())
        applySeriesFonts(series, labels);
}

void ChartRenderer::render(QPainter& painter, QChart* chart, const QRectF& frame,
                           double deviceScale) {
    QGraphicsScene scene; // owns the chart from here on
    scene.addItem(chart);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setDropShadowEnabled(false);
    chart->setBackgroundRoundness(0);
    chart->setBackgroundVisible(false);
    // The frame is the chart's margin on the page: no second one inside it.
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    chart->setMargins(QMargins(2, 2, 2, 2));
    applyReportFonts(chart);
    const QRectF logical(QPointF(0, 0), frame.size() * unitsPerPoint);
    chart->setGeometry(logical);
    scene.setSceneRect(logical);
    // The chart lays out its axes and legend on posted layout requests.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    const QRectF target(frame.topLeft() * deviceScale, frame.size() * deviceScale);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    scene.render(&painter, target, logical, Qt::IgnoreAspectRatio);
    painter.restore();
}

} // namespace debrief::report
