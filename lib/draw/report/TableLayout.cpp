#include "TableLayout.h"

#include "PageCursor.h"
#include "WrappedText.h"

#include <QRegularExpression>

#include <cmath>

namespace debrief::report {
namespace {

constexpr double kPadX = 4;         // cell padding left and right
constexpr double kPadY = 3;         // cell padding top and bottom
constexpr double kCaptionGap = 3;   // between caption and header row
constexpr double kHairline = 0.4;   // rule between rows
constexpr double kStrongRule = 0.8; // under the header, above totals, at the end

using Role = ReportStyle::Role;

} // namespace

TableLayout::TableLayout(const ReportStyle& style, const QPaintDevice* device, double width,
                         double pageBody)
    : m_style(style)
    , m_device(device)
    , m_width(width)
    , m_pageBody(pageBody) {
}

int TableLayout::columnCount(const ReportTable& table) const {
    qsizetype count = table.headers.size();
    if (count == 0)
        for (const QStringList& row : table.rows)
            count = qMax(count, row.size());
    return int(count);
}

QString TableLayout::cell(const ReportTable& table, int row, int column) const {
    const QStringList& cells = table.rows.at(row);
    return column < cells.size() ? cells.at(column) : QString();
}

Qt::Alignment TableLayout::alignment(const ReportTable& table, int column) const {
    const Qt::Alignment a = column < table.alignments.size() ? table.alignments.at(column)
                                                             : Qt::Alignment(Qt::AlignLeft);
    return a & Qt::AlignHorizontal_Mask ? (a & Qt::AlignHorizontal_Mask) : Qt::AlignLeft;
}

bool TableLayout::emphasised(const ReportTable& table, int row) const {
    return table.emphasisedRows.contains(row);
}

int TableLayout::linesOf(const QString& text, Role role, double width,
                         Qt::Alignment alignment) const {
    if (text.isEmpty())
        return 1;
    const CellText key{text, int(role), width, int(alignment)};
    const auto known = m_lineCounts.constFind(key);
    if (known != m_lineCounts.constEnd())
        return known.value();
    const int lines =
        WrappedText(text, m_style.font(role), m_device, width, m_style.lineHeight(role), alignment)
            .lineCount();
    m_lineCounts.insert(key, lines);
    return lines;
}

double TableLayout::longestWordWidth(const QString& text, Role role) const {
    // The longest word by characters is a good enough stand-in for the widest
    // one; measuring every word of a 120-row table would cost more than it saves.
    static const QRegularExpression kSpace(QStringLiteral("\\s+"));
    QString longest;
    for (const QString& word : text.split(kSpace, Qt::SkipEmptyParts))
        if (word.size() > longest.size())
            longest = word;
    if (longest.isEmpty())
        return 0;
    const CellText key{longest, int(role), 0, 0};
    const auto known = m_wordWidths.constFind(key);
    if (known != m_wordWidths.constEnd())
        return known.value();
    const double width =
        WrappedText(longest, m_style.font(role), m_device, 1e6, m_style.lineHeight(role))
            .naturalWidth();
    m_wordWidths.insert(key, width);
    return width;
}

QList<double> TableLayout::minimumWidths(const ReportTable& table, int columns) const {
    QList<double> minimum(columns, 0.0);
    for (int c = 0; c < columns; ++c) {
        if (c < table.headers.size())
            minimum[c] = longestWordWidth(table.headers.at(c), Role::TableHeader);
        for (int r = 0; r < table.rows.size(); ++r)
            minimum[c] =
                qMax(minimum[c],
                     longestWordWidth(cell(table, r, c), emphasised(table, r) ? Role::TableCellBold
                                                                              : Role::TableCell));
        // A word longer than a fifth of the table (a URL, a pasted token)
        // wraps instead of squeezing every other column.
        minimum[c] = qMin(minimum.at(c) + 2 * kPadX + 0.5, m_width / 5);
    }
    return minimum;
}

QList<double> TableLayout::columnWidths(const ReportTable& table, int columns) const {
    QList<double> widths;
    double total = 0;
    for (int c = 0; c < columns; ++c)
        total += c < table.columnWeights.size() ? qMax(0.0, table.columnWeights.at(c)) : 1.0;
    for (int c = 0; c < columns; ++c) {
        const double weight =
            c < table.columnWeights.size() ? qMax(0.0, table.columnWeights.at(c)) : 1.0;
        widths.append(total > 0 ? m_width * weight / total : m_width / columns);
    }
    // No column narrower than its longest word ("Weight" must not break into
    // "Weigh t"): take what it lacks from the columns with room to spare, in
    // proportion to that room. When nothing has room, the weights stand and
    // long words wrap.
    const QList<double> minimum = minimumWidths(table, columns);
    double lacking = 0;
    double spare = 0;
    for (int c = 0; c < columns; ++c) {
        lacking += qMax(0.0, minimum.at(c) - widths.at(c));
        spare += qMax(0.0, widths.at(c) - minimum.at(c));
    }
    if (lacking <= 0 || spare < lacking)
        return widths;
    for (int c = 0; c < columns; ++c) {
        if (widths.at(c) < minimum.at(c))
            widths[c] = minimum.at(c);
        else
            widths[c] -= (widths.at(c) - minimum.at(c)) * lacking / spare;
    }
    return widths;
}

TableLayout::Geometry TableLayout::measure(const ReportTable& table) const {
    Geometry g;
    const int columns = columnCount(table);
    g.widths = columnWidths(table, columns);
    double x = 0;
    for (int c = 0; c < columns; ++c) {
        g.x.append(x);
        x += g.widths.at(c);
    }
    g.headerLines = 1;
    for (int c = 0; c < columns && c < table.headers.size(); ++c)
        g.headerLines =
            qMax(g.headerLines, linesOf(table.headers.at(c), Role::TableHeader,
                                        g.widths.at(c) - 2 * kPadX, alignment(table, c)));
    for (int r = 0; r < table.rows.size(); ++r) {
        const Role role = emphasised(table, r) ? Role::TableCellBold : Role::TableCell;
        int lines = 1;
        for (int c = 0; c < columns; ++c)
            lines = qMax(lines, linesOf(cell(table, r, c), role, g.widths.at(c) - 2 * kPadX,
                                        alignment(table, c)));
        g.rowLines.append(lines);
    }
    return g;
}

double TableLayout::captionHeight(const ReportTable& table, bool continued) const {
    if (table.caption.isEmpty() && !continued)
        return 0;
    const QString text =
        continued ? tr("%1 (continued)").arg(table.caption).trimmed() : table.caption;
    return linesOf(text, Role::Caption, m_width, Qt::AlignLeft) *
               m_style.lineHeight(Role::Caption) +
           kCaptionGap;
}

double TableLayout::headerHeight(const Geometry& g) const {
    return g.headerLines * m_style.lineHeight(Role::TableHeader) + 2 * kPadY;
}

double TableLayout::leadHeight(const ReportTable& table) const {
    return leadHeight(table, measure(table));
}

double TableLayout::leadHeight(const ReportTable& table, const Geometry& g) const {
    const double lh = m_style.lineHeight(Role::TableCell);
    // The whole first row when it can move as a unit, else its first two
    // lines: either way the header never ends a page alone.
    double firstRow = 0;
    if (!g.rowLines.isEmpty()) {
        firstRow = g.rowLines.first() * lh + 2 * kPadY;
        if (firstRow > m_pageBody - captionHeight(table, true) - headerHeight(g))
            firstRow = 2 * lh + 2 * kPadY;
    }
    const double head = captionHeight(table, false) + headerHeight(g);
    // A short table (up to 40 % of a page) moves to the next page whole:
    // two rows stranded under a page break read as a mistake.
    double whole = head;
    for (const int lines : g.rowLines)
        whole += lines * lh + 2 * kPadY;
    if (whole <= 0.4 * m_pageBody)
        return whole;
    return head + firstRow;
}

void TableLayout::place(const ReportTable& table, PageCursor& cursor) const {
    const Geometry g = measure(table);
    const double lh = m_style.lineHeight(Role::TableCell);
    cursor.ensure(leadHeight(table, g));
    placeHead(table, g, false, cursor);
    bool fresh = false; // the head was just repeated on a new page
    for (int r = 0; r < table.rows.size(); ++r) {
        const int lines = g.rowLines.at(r);
        int first = 0;
        while (first < lines) {
            const int rest = lines - first;
            if (rest * lh + 2 * kPadY <= cursor.remaining() + 0.001) {
                placeRow(table, g, r, first, rest, cursor);
                fresh = false;
                break;
            }
            const double emptyPage = m_pageBody - captionHeight(table, true) - headerHeight(g);
            // A row moves to the next page whole; only a row taller than a
            // whole page is split, and never leaving fewer than two lines.
            if (!fresh && first == 0 && rest * lh + 2 * kPadY <= emptyPage) {
                continueOnNewPage(table, g, cursor);
                fresh = true;
                continue;
            }
            int fitting = int(std::floor((cursor.remaining() - 2 * kPadY) / lh));
            if (rest - fitting == 1 && fitting > 2)
                --fitting; // no single line carried over
            if (fresh)
                fitting = qMax(1, fitting); // a tiny page still makes progress
            if (fitting >= 2 || fresh) {
                placeRow(table, g, r, first, fitting, cursor);
                first += fitting;
            }
            continueOnNewPage(table, g, cursor);
            fresh = true;
        }
    }
    placeBottomRule(cursor);
}

void TableLayout::placeHead(const ReportTable& table, const Geometry& g, bool continued,
                            PageCursor& cursor) const {
    const double left = cursor.content().left();
    if (const double captionH = captionHeight(table, continued); captionH > 0) {
        const QString text =
            continued ? tr("%1 (continued)").arg(table.caption).trimmed() : table.caption;
        const int lines = linesOf(text, Role::Caption, m_width, Qt::AlignLeft);
        cursor.page().texts.append(
            {text, Role::Caption, QPointF(left, cursor.y()), m_width, Qt::AlignLeft, 0, lines});
        cursor.advance(captionH);
    }
    const double height = headerHeight(g);
    const double top = cursor.y();
    cursor.page().fills.append({QRectF(left, top, m_width, height), ReportStyle::headerFill()});
    for (int c = 0; c < g.widths.size() && c < table.headers.size(); ++c)
        cursor.page().texts.append(
            {table.headers.at(c), Role::TableHeader, QPointF(left + g.x.at(c) + kPadX, top + kPadY),
             g.widths.at(c) - 2 * kPadX, alignment(table, c), 0, g.headerLines});
    cursor.page().rules.append({QLineF(left, top + height, left + m_width, top + height),
                                kStrongRule, ReportStyle::strongRuleColour()});
    cursor.advance(height);
}

void TableLayout::placeRow(const ReportTable& table, const Geometry& g, int row, int firstLine,
                           int lineCount, PageCursor& cursor) const {
    const double left = cursor.content().left();
    const double top = cursor.y();
    const double height = lineCount * m_style.lineHeight(Role::TableCell) + 2 * kPadY;
    const int columns = int(g.widths.size());
    const bool bold = emphasised(table, row);
    for (int c = 0; c < columns; ++c) {
        const QRectF cellRect(left + g.x.at(c), top, g.widths.at(c), height);
        if (table.highlightedCells.contains(row * columns + c))
            cursor.page().fills.append({cellRect, ReportStyle::highlightFill()});
        const QString text = cell(table, row, c);
        if (text.isEmpty())
            continue;
        const int lines = linesOf(text, bold ? Role::TableCellBold : Role::TableCell,
                                  g.widths.at(c) - 2 * kPadX, alignment(table, c));
        if (firstLine >= lines)
            continue;
        cursor.page().texts.append({text, bold ? Role::TableCellBold : Role::TableCell,
                                    QPointF(cellRect.left() + kPadX, top + kPadY),
                                    g.widths.at(c) - 2 * kPadX, alignment(table, c), firstLine,
                                    qMin(lineCount, lines - firstLine)});
    }
    if (bold && firstLine == 0)
        cursor.page().rules.append(
            {QLineF(left, top, left + m_width, top), kStrongRule, ReportStyle::strongRuleColour()});
    cursor.page().rules.append({QLineF(left, top + height, left + m_width, top + height), kHairline,
                                ReportStyle::ruleColour()});
    cursor.advance(height);
}

void TableLayout::continueOnNewPage(const ReportTable& table, const Geometry& g,
                                    PageCursor& cursor) const {
    placeBottomRule(cursor);
    cursor.newPage();
    placeHead(table, g, true, cursor);
}

void TableLayout::placeBottomRule(PageCursor& cursor) const {
    const double left = cursor.content().left();
    cursor.page().rules.append({QLineF(left, cursor.y(), left + m_width, cursor.y()), kStrongRule,
                                ReportStyle::strongRuleColour()});
}

} // namespace debrief::report
