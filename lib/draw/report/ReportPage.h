#pragma once

#include "ReportStyle.h"

#include <QColor>
#include <QLineF>
#include <QList>
#include <QRectF>
#include <QString>

namespace debrief::report {

/// Lines [firstLine, firstLine + lineCount) of a wrapped text, drawn with
/// their top at `topLeft`. Positions and widths are in points from the
/// page's top-left corner.
struct PlacedText {
    QString text;
    ReportStyle::Role role = ReportStyle::Role::Body;
    QPointF topLeft;
    double width = 0;
    Qt::Alignment alignment = Qt::AlignLeft;
    int firstLine = 0;
    int lineCount = 0;
};

struct PlacedFill {
    QRectF rect;
    QColor colour;
};

struct PlacedRule {
    QLineF line;
    double width = 0.5;
    QColor colour;
};

/// A chart frame; `chart` indexes the document's blocks.
struct PlacedChart {
    int block = -1;
    QRectF frame;
};

/// Everything the layout pass put on one page, in points; the paint pass
/// adds the running header and footer.
struct ReportPage {
    QList<PlacedFill> fills;
    QList<PlacedRule> rules;
    QList<PlacedText> texts;
    QList<PlacedChart> charts;

    bool isEmpty() const {
        return fills.isEmpty() && rules.isEmpty() && texts.isEmpty() && charts.isEmpty();
    }
};

} // namespace debrief::report
