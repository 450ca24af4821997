#pragma once

#include "ReportStyle.h"
#include "ReportTable.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

class QPaintDevice;

namespace debrief::report {

class PageCursor;

/// Places a ReportTable: rows never split unless one row is taller than a
/// page, each page the table continues on repeats the caption (marked
/// "continued") and the header row, and the header never ends a page alone.
class TableLayout {
    Q_DECLARE_TR_FUNCTIONS(TableLayout)

public:
    /// `width` is the text width, `pageBody` the height of a page's text area.
    TableLayout(const ReportStyle& style, const QPaintDevice* device, double width,
                double pageBody);

    /// The height that must fit before a heading above the table: caption,
    /// header and the start of the first row.
    double leadHeight(const ReportTable& table) const;
    void place(const ReportTable& table, PageCursor& cursor) const;

private:
    struct Geometry {
        QList<double> x;      // column left edges, relative to the content's left
        QList<double> widths; // column widths
        int headerLines = 0;
        QList<int> rowLines; // lines of the tallest cell in each row
    };

    /// A text as laid out in a cell: what a line count or width depends on.
    struct CellText {
        QString text;
        int role = 0;
        double width = 0;
        int alignment = 0;
        friend bool operator==(const CellText&, const CellText&) = default;
        friend size_t qHash(const CellText& key, size_t seed = 0) {
            return qHashMulti(seed, key.text, key.role, key.width, key.alignment);
        }
    };

    Geometry measure(const ReportTable& table) const;
    double leadHeight(const ReportTable& table, const Geometry& g) const;
    QList<double> columnWidths(const ReportTable& table, int columns) const;
    QList<double> minimumWidths(const ReportTable& table, int columns) const;
    double longestWordWidth(const QString& text, ReportStyle::Role role) const;
    int columnCount(const ReportTable& table) const;
    QString cell(const ReportTable& table, int row, int column) const;
    Qt::Alignment alignment(const ReportTable& table, int column) const;
    bool emphasised(const ReportTable& table, int row) const;
    int linesOf(const QString& text, ReportStyle::Role role, double width,
                Qt::Alignment alignment) const;
    double captionHeight(const ReportTable& table, bool continued) const;
    double headerHeight(const Geometry& geometry) const;

    void placeHead(const ReportTable& table, const Geometry& g, bool continued,
                   PageCursor& cursor) const;
    void placeRow(const ReportTable& table, const Geometry& g, int row, int firstLine,
                  int lineCount, PageCursor& cursor) const;
    void continueOnNewPage(const ReportTable& table, const Geometry& g, PageCursor& cursor) const;
    void placeBottomRule(PageCursor& cursor) const;

    const ReportStyle& m_style;
    const QPaintDevice* m_device;
    double m_width;
    double m_pageBody;
    // Laying out a text is the cost of a table, and a long table repeats
    // its cells' texts ("Rejected", dates) and measures each several times.
    mutable QHash<CellText, int> m_lineCounts;
    mutable QHash<CellText, double> m_wordWidths;
};

} // namespace debrief::report
