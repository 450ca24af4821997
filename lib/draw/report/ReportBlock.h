#pragma once

#include "ReportChart.h"
#include "ReportTable.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <variant>

namespace debrief::report {

/// A section heading; level 1 (largest) to 3. Never left alone at a page bottom.
struct ReportHeading {
    QString text;
    int level = 1;
};

/// A paragraph of plain text, wrapped to the text width.
struct ReportParagraph {
    enum class Style { Body, Note, Callout };
    QString text;
    Style style = Style::Body; ///< Note: smaller and muted; Callout: tinted box
};

/// Label/value pairs with the values aligned in one column.
struct ReportKeyValues {
    QList<QPair<QString, QString>> pairs;
};

/// Name, signature and date lines for each role; kept together on one page.
struct ReportSignOff {
    QStringList roles;
};

/// Starts a new page.
struct ReportPageBreak {};

/// One block of a report, in reading order.
using ReportBlock = std::variant<ReportHeading, ReportParagraph, ReportKeyValues, ReportTable,
                                 ReportChart, ReportSignOff, ReportPageBreak>;

} // namespace debrief::report
