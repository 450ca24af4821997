#include "ReportPainter.h"

#include "ChartRenderer.h"
#include "ReportDocument.h"
#include "WrappedText.h"

#include <QFontMetricsF>
#include <QPaintDevice>
#include <QPainter>
#include <QRegularExpression>

namespace debrief::report {
namespace {

using Role = ReportStyle::Role;

constexpr double kHeaderTextAbove = 24; // header text top, above the text area
constexpr double kHeaderRuleAbove = 11; // header rule, above the text area
constexpr double kFooterBelow = 18;     // footer text top, below the text area

} // namespace

ReportPainter::ReportPainter(const ReportStyle& style, QPainter& painter,
                             const QPaintDevice* device, const ReportDocument& document,
                             const QLocale& locale, const QSizeF& pageSize,
                             const QMarginsF& margins)
    : m_style(style)
    , m_painter(painter)
    , m_device(device)
    , m_document(document)
    , m_locale(locale)
    , m_content(QRectF(QPointF(0, 0), pageSize).marginsRemoved(margins))
    , m_scale(device->logicalDpiY() / 72.0) {
}

QString ReportPainter::confidentialMarking() {
    return tr("Confidential: contains personal data");
}

QString ReportPainter::pageNumber(int page, int pageCount) {
    return tr("Page %1 of %2").arg(page).arg(pageCount);
}

void ReportPainter::paint(const ReportPage& page, int pageIndex, int pageCount) {
    m_painter.setRenderHint(QPainter::Antialiasing);
    paintRunningHeader();
    paintItems(page);
    paintFooter(pageIndex, pageCount);
}

void ReportPainter::paintItems(const ReportPage& page) {
    for (const PlacedFill& fill : page.fills)
        m_painter.fillRect(QRectF(fill.rect.topLeft() * m_scale, fill.rect.size() * m_scale),
                           fill.colour);
    for (const PlacedChart& placed : page.charts) {
        const auto& chart = std::get<ReportChart>(m_document.blocks().at(placed.block));
        if (chart.create)
            ChartRenderer::render(m_painter, chart.create(), placed.frame, m_scale);
    }
    for (const PlacedRule& rule : page.rules)
        paintRule(rule.line, rule.width, rule.colour);
    for (const PlacedText& text : page.texts)
        paintText(text.text, text.role, text.topLeft, text.width, text.alignment, text.firstLine,
                  text.lineCount);
}

void ReportPainter::paintRunningHeader() {
    const double top = m_content.top() - kHeaderTextAbove;
    const QString marking = confidentialMarking();
    const QFontMetricsF markingMetrics(m_style.font(Role::Confidential), m_device);
    const double markingWidth = markingMetrics.horizontalAdvance(marking) / m_scale;
    paintText(marking, Role::Confidential, QPointF(m_content.left(), top), m_content.width(),
              Qt::AlignRight);
    // The running header is one line: a long opening title is elided, never
    // run into the marking.
    const double room = m_content.width() - markingWidth - 18;
    const QFontMetricsF metrics(m_style.font(Role::RunningHeader), m_device);
    const QString left =
        metrics.elidedText(m_document.runningHeader(), Qt::ElideRight, room * m_scale);
    paintText(left, Role::RunningHeader, QPointF(m_content.left(), top), room, Qt::AlignLeft);
    const double ruleY = m_content.top() - kHeaderRuleAbove;
    paintRule(QLineF(m_content.left(), ruleY, m_content.right(), ruleY), 0.5,
              ReportStyle::ruleColour());
}

void ReportPainter::paintFooter(int pageIndex, int pageCount) {
    const double top = m_content.bottom() + kFooterBelow;
    const QDateTime when = m_document.generatedAt().isValid() ? m_document.generatedAt()
                                                              : QDateTime::currentDateTime();
    const QString generated = tr("Generated %1 at %2")
                                  .arg(m_locale.toString(when.date(), longDateWithoutWeekday()),
                                       m_locale.toString(when.time(), QLocale::ShortFormat));
    paintText(generated, Role::RunningHeader, QPointF(m_content.left(), top),
              m_content.width() * 0.7, Qt::AlignLeft);
    paintText(pageNumber(pageIndex + 1, pageCount), Role::RunningHeader,
              QPointF(m_content.left(), top), m_content.width(), Qt::AlignRight);
}

QString ReportPainter::longDateWithoutWeekday() const {
    // "14 March 2025", "14. März 2025", "March 14, 2025": the locale's long
    // date; the weekday only lengthens a footer.
    static const QRegularExpression weekday(QStringLiteral("d{4}[,.]?\\s*"));
    return m_locale.dateFormat(QLocale::LongFormat).remove(weekday).trimmed();
}

void ReportPainter::paintText(const QString& text, Role role, const QPointF& topLeft, double width,
                              Qt::Alignment alignment, int first, int count) {
    const WrappedText wrapped(text, m_style.font(role), m_device, width, m_style.lineHeight(role),
                              alignment);
    wrapped.draw(m_painter, topLeft, first, count, m_style.colour(role));
}

void ReportPainter::paintRule(const QLineF& line, double width, const QColor& colour) {
    QPen pen(colour, width * m_scale);
    pen.setCapStyle(Qt::FlatCap);
    m_painter.setPen(pen);
    m_painter.drawLine(QLineF(line.p1() * m_scale, line.p2() * m_scale));
}

} // namespace debrief::report
