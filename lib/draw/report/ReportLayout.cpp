#include "ReportLayout.h"

#include "ReportDocument.h"
#include "TableLayout.h"
#include "WrappedText.h"

#include <cmath>

namespace debrief::report {
namespace {

using Role = ReportStyle::Role;

constexpr double kPointsPerMm = 72.0 / 25.4;
constexpr double kParagraphGap = 6;
constexpr double kBlockGap = 10;       // around tables, charts, key/value lists
constexpr double kCalloutPad = 7;      // inside a callout box
constexpr double kCalloutBar = 2;      // its accent bar
constexpr double kKeyGap = 12;         // between key and value columns
constexpr double kRowGap = 3;          // between key/value rows
constexpr double kSignatureSpace = 30; // room to sign above the line
constexpr double kFieldGap = 14;       // between the name, signature and date lines
constexpr double kHeadingRuleGap = 3;  // between a level-1 heading and its rule

Role headingRole(int level) {
    return level <= 1 ? Role::Heading1 : level == 2 ? Role::Heading2 : Role::Heading3;
}

double headingSpaceBefore(int level) {
    return level <= 1 ? 18 : level == 2 ? 12 : 9;
}
double headingSpaceAfter(int level) {
    return level <= 1 ? 8 : level == 2 ? 5 : 4;
}

Role paragraphRole(ReportParagraph::Style style) {
    return style == ReportParagraph::Style::Note ? Role::Note : Role::Body;
}

} // namespace

ReportLayout::ReportLayout(const ReportStyle& style, const QPaintDevice* device,
                           const QSizeF& pageSize, const QMarginsF& margins)
    : m_style(style)
    , m_device(device)
    , m_cursor(pageSize, margins) {
}

QStringList ReportLayout::signOffFields() {
    return {tr("Name"), tr("Signature"), tr("Date")};
}

QList<ReportPage> ReportLayout::layout(const ReportDocument& document) {
    placeTitle(document);
    const QList<ReportBlock>& blocks = document.blocks();
    for (int i = 0; i < blocks.size(); ++i)
        placeBlock(blocks, i);
    return m_cursor.takePages();
}

int ReportLayout::lineCount(const QString& text, Role role, double width) const {
    return WrappedText(text, m_style.font(role), m_device, width, m_style.lineHeight(role))
        .lineCount();
}

void ReportLayout::placeLines(const QString& text, Role role, double x, double width, int first,
                              int count) {
    m_cursor.page().texts.append(
        {text, role, QPointF(x, m_cursor.y()), width, Qt::AlignLeft, first, count});
    m_cursor.advance(count * m_style.lineHeight(role));
}

void ReportLayout::placeTitle(const ReportDocument& document) {
    const QRectF content = m_cursor.content();
    if (document.title().isEmpty() && document.subtitle().isEmpty())
        return;
    if (!document.title().isEmpty())
        placeLines(document.title(), Role::Title, content.left(), content.width(), 0,
                   lineCount(document.title(), Role::Title, content.width()));
    if (!document.subtitle().isEmpty()) {
        m_cursor.advance(2);
        placeLines(document.subtitle(), Role::Subtitle, content.left(), content.width(), 0,
                   lineCount(document.subtitle(), Role::Subtitle, content.width()));
    }
    m_cursor.advance(8);
    m_cursor.page().rules.append(
        {QLineF(content.left(), m_cursor.y(), content.right(), m_cursor.y()), 1.5,
         ReportStyle::accentColour()});
    m_cursor.advance(14);
}

void ReportLayout::placeBlock(const QList<ReportBlock>& blocks, int index) {
    const ReportBlock& block = blocks.at(index);
    if (const auto* heading = std::get_if<ReportHeading>(&block)) {
        place(*heading, blocks, index);
    } else if (const auto* paragraph = std::get_if<ReportParagraph>(&block)) {
        place(*paragraph);
    } else if (const auto* keyValues = std::get_if<ReportKeyValues>(&block)) {
        place(*keyValues);
    } else if (const auto* table = std::get_if<ReportTable>(&block)) {
        m_cursor.gap(4);
        const QRectF content = m_cursor.content();
        TableLayout(m_style, m_device, content.width(), content.height()).place(*table, m_cursor);
        m_cursor.advance(kBlockGap);
    } else if (const auto* chart = std::get_if<ReportChart>(&block)) {
        place(*chart, index);
    } else if (const auto* signOff = std::get_if<ReportSignOff>(&block)) {
        place(*signOff);
    } else if (std::holds_alternative<ReportPageBreak>(block) && !m_cursor.atTop()) {
        m_cursor.newPage();
    }
}

double ReportLayout::headingHeight(const ReportHeading& heading) const {
    const Role role = headingRole(heading.level);
    return lineCount(heading.text, role, m_cursor.content().width()) * m_style.lineHeight(role) +
           headingSpaceAfter(heading.level) + (heading.level <= 1 ? kHeadingRuleGap : 0);
}

double ReportLayout::leadHeight(const QList<ReportBlock>& blocks, int index) const {
    if (index >= blocks.size())
        return 0;
    const ReportBlock& block = blocks.at(index);
    const double width = m_cursor.content().width();
    if (const auto* heading = std::get_if<ReportHeading>(&block))
        return headingSpaceBefore(heading->level) + headingHeight(*heading) +
               leadHeight(blocks, index + 1);
    if (const auto* paragraph = std::get_if<ReportParagraph>(&block)) {
        const bool callout = paragraph->style == ReportParagraph::Style::Callout;
        const Role role = paragraphRole(paragraph->style);
        const double textWidth = callout ? width - 2 * kCalloutPad - kCalloutBar : width;
        const int lines = lineCount(paragraph->text, role, textWidth);
        return qMin(lines, 2) * m_style.lineHeight(role) + (callout ? 2 * kCalloutPad : 0);
    }
    if (const auto* keyValues = std::get_if<ReportKeyValues>(&block))
        return keyValues->pairs.isEmpty()
                   ? 0
                   : keyValueRowHeight(keyValues->pairs.first(), keyColumnWidth(*keyValues));
    if (const auto* table = std::get_if<ReportTable>(&block))
        return 4 + TableLayout(m_style, m_device, width, m_cursor.content().height())
                       .leadHeight(*table);
    if (const auto* chart = std::get_if<ReportChart>(&block))
        return chartFrameSize(*chart).height() +
               (chart->caption.isEmpty() ? 0
                                         : 4 + lineCount(chart->caption, Role::Caption, width) *
                                                   m_style.lineHeight(Role::Caption));
    if (const auto* signOff = std::get_if<ReportSignOff>(&block))
        return signOffHeight(*signOff);
    return 0;
}

void ReportLayout::place(const ReportHeading& heading, const QList<ReportBlock>& blocks,
                         int index) {
    m_cursor.gap(headingSpaceBefore(heading.level));
    // Keep with next: the heading and the start of what follows it must fit.
    const double needed = headingHeight(heading) + leadHeight(blocks, index + 1);
    m_cursor.ensure(needed);
    const QRectF content = m_cursor.content();
    const Role role = headingRole(heading.level);
    placeLines(heading.text, role, content.left(), content.width(), 0,
               lineCount(heading.text, role, content.width()));
    if (heading.level <= 1) {
        m_cursor.advance(kHeadingRuleGap);
        m_cursor.page().rules.append(
            {QLineF(content.left(), m_cursor.y(), content.right(), m_cursor.y()), 0.5,
             ReportStyle::ruleColour()});
    }
    m_cursor.advance(headingSpaceAfter(heading.level));
}

void ReportLayout::place(const ReportParagraph& paragraph) {
    const bool callout = paragraph.style == ReportParagraph::Style::Callout;
    const Role role = paragraphRole(paragraph.style);
    const QRectF content = m_cursor.content();
    const double inset = callout ? kCalloutPad + kCalloutBar : 0;
    const double width = content.width() - (callout ? 2 * kCalloutPad + kCalloutBar : 0);
    const double pad = callout ? kCalloutPad : 0;
    const double lh = m_style.lineHeight(role);
    const int lines = lineCount(paragraph.text, role, width);
    if (callout)
        m_cursor.gap(4);
    int first = 0;
    while (first < lines) {
        const int rest = lines - first;
        int fitting = int(std::floor((m_cursor.remaining() - 2 * pad) / lh + 0.001));
        if (fitting >= rest) {
            fitting = rest;
        } else {
            // Widows and orphans: at least two lines on either side of a break.
            if (rest - fitting == 1)
                --fitting;
            if (fitting < 2 && !m_cursor.atTop()) {
                m_cursor.newPage();
                continue;
            }
            fitting = qMax(1, fitting);
        }
        const double top = m_cursor.y();
        if (callout) {
            const QRectF box(content.left(), top, content.width(), fitting * lh + 2 * pad);
            m_cursor.page().fills.append({box, ReportStyle::calloutFill()});
            m_cursor.page().fills.append({QRectF(box.topLeft(), QSizeF(kCalloutBar, box.height())),
                                          ReportStyle::accentColour()});
        }
        m_cursor.advance(pad);
        placeLines(paragraph.text, role, content.left() + inset, width, first, fitting);
        m_cursor.advance(pad);
        first += fitting;
        if (first < lines)
            m_cursor.newPage();
    }
    m_cursor.advance(callout ? kBlockGap : kParagraphGap);
}

double ReportLayout::keyColumnWidth(const ReportKeyValues& keyValues) const {
    const double limit = m_cursor.content().width() * 0.38;
    double widest = 0;
    for (const auto& pair : keyValues.pairs)
        widest = qMax(widest, WrappedText(pair.first, m_style.font(Role::Key), m_device, limit,
                                          m_style.lineHeight(Role::Key))
                                  .naturalWidth());
    return qMin(limit, std::ceil(widest) + 1);
}

double ReportLayout::keyValueRowHeight(const QPair<QString, QString>& pair, double keyWidth) const {
    const double valueWidth = m_cursor.content().width() - keyWidth - kKeyGap;
    const int lines = qMax(lineCount(pair.first, Role::Key, keyWidth),
                           lineCount(pair.second, Role::Body, valueWidth));
    return lines * m_style.lineHeight(Role::Body) + kRowGap;
}

void ReportLayout::place(const ReportKeyValues& keyValues) {
    const QRectF content = m_cursor.content();
    const double keyWidth = keyColumnWidth(keyValues);
    const double valueX = content.left() + keyWidth + kKeyGap;
    const double valueWidth = content.right() - valueX;
    m_cursor.gap(2);
    for (const auto& pair : keyValues.pairs) {
        const double height = keyValueRowHeight(pair, keyWidth);
        m_cursor.ensure(height);
        const double top = m_cursor.y();
        const int keyLines = lineCount(pair.first, Role::Key, keyWidth);
        const int valueLines = lineCount(pair.second, Role::Body, valueWidth);
        m_cursor.page().texts.append({pair.first, Role::Key, QPointF(content.left(), top), keyWidth,
                                      Qt::AlignLeft, 0, keyLines});
        m_cursor.page().texts.append({pair.second, Role::Body, QPointF(valueX, top), valueWidth,
                                      Qt::AlignLeft, 0, valueLines});
        m_cursor.advance(height);
    }
    m_cursor.advance(kBlockGap - kRowGap);
}

QSizeF ReportLayout::chartFrameSize(const ReportChart& chart) const {
    const QRectF content = m_cursor.content();
    const double width =
        chart.widthMm > 0 ? qMin(content.width(), chart.widthMm * kPointsPerMm) : content.width();
    // A frame taller than a page would be cut: shrink it to what a page holds.
    const double height = qMin(content.height() * 0.9, chart.heightMm * kPointsPerMm);
    return {width, height};
}

void ReportLayout::place(const ReportChart& chart, int index) {
    const QRectF content = m_cursor.content();
    const QSizeF frame = chartFrameSize(chart);
    const int captionLines =
        chart.caption.isEmpty() ? 0 : lineCount(chart.caption, Role::Caption, content.width());
    const double captionHeight =
        captionLines > 0 ? 4 + captionLines * m_style.lineHeight(Role::Caption) : 0;
    m_cursor.gap(4);
    m_cursor.ensure(frame.height() + captionHeight);
    const double left = content.left() + (content.width() - frame.width()) / 2;
    m_cursor.page().charts.append({index, QRectF(QPointF(left, m_cursor.y()), frame)});
    m_cursor.advance(frame.height());
    if (captionLines > 0) {
        m_cursor.advance(4);
        placeLines(chart.caption, Role::Caption, content.left(), content.width(), 0, captionLines);
    }
    m_cursor.advance(kBlockGap);
}

double ReportLayout::signOffHeight(const ReportSignOff& signOff) const {
    double height = 0;
    for (const QString& role : signOff.roles)
        height += lineCount(role, Role::Caption, m_cursor.content().width()) *
                      m_style.lineHeight(Role::Caption) +
                  kSignatureSpace + m_style.lineHeight(Role::Label) + kFieldGap;
    return height;
}

void ReportLayout::place(const ReportSignOff& signOff) {
    const QRectF content = m_cursor.content();
    m_cursor.gap(6);
    m_cursor.ensure(signOffHeight(signOff)); // the sign-off never splits
    const QStringList fields = signOffFields();
    const QList<double> shares{0.42, 0.38, 0.20};
    const double usable = content.width() - kFieldGap * (fields.size() - 1);
    for (const QString& role : signOff.roles) {
        placeLines(role, Role::Caption, content.left(), content.width(), 0,
                   lineCount(role, Role::Caption, content.width()));
        m_cursor.advance(kSignatureSpace);
        double x = content.left();
        for (int f = 0; f < fields.size(); ++f) {
            const double width = usable * shares.at(f);
            m_cursor.page().rules.append({QLineF(x, m_cursor.y(), x + width, m_cursor.y()), 0.6,
                                          ReportStyle::strongRuleColour()});
            m_cursor.page().texts.append({fields.at(f), Role::Label, QPointF(x, m_cursor.y() + 1.5),
                                          width, Qt::AlignLeft, 0, 1});
            x += width + kFieldGap;
        }
        m_cursor.advance(m_style.lineHeight(Role::Label) + kFieldGap);
    }
}

} // namespace debrief::report
