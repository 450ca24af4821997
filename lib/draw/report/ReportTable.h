#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <Qt>

namespace debrief::report {

/// A table in a report: plain text cells. The engine wraps long cells, breaks
/// the table between rows across pages and repeats the header row there.
struct ReportTable {
    QStringList headers;
    QList<QStringList> rows;
    QList<double> columnWeights;     ///< relative widths; empty = equal
    QList<Qt::Alignment> alignments; ///< per column; numbers right-aligned; empty = left
    QList<int> emphasisedRows;       ///< drawn bold (e.g. weighted total)
    QList<int> highlightedCells;     ///< row * columnCount + column, tinted (disagreement)
    QString caption;                 ///< above the table; "(continued)" is added on later pages

    int columnCount() const { return int(headers.size()); }
};

} // namespace debrief::report
