#include "WrappedText.h"

#include <QPaintDevice>
#include <QPainter>
#include <QTextOption>

namespace debrief::report {

WrappedText::WrappedText(const QString& text, const QFont& font, const QPaintDevice* device,
                         double widthPt, double lineHeightPt, Qt::Alignment alignment)
    : m_layout(QString(text).replace(QLatin1Char('\n'), QChar::LineSeparator), font, device)
    , m_scale(device->logicalDpiY() / 72.0)
    , m_lineHeight(lineHeightPt) {
    QTextOption option(alignment);
    // Long names and e-mail addresses without spaces break anywhere rather
    // than run out of their column.
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    m_layout.setTextOption(option);
    m_layout.setCacheEnabled(true);
    const double width = widthPt * m_scale;
    const double pitch = lineHeightPt * m_scale;
    m_layout.beginLayout();
    for (int i = 0;; ++i) {
        QTextLine line = m_layout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(width);
        // Centre the glyph box in the line pitch so rows look even.
        line.setPosition(QPointF(0, i * pitch + (pitch - line.height()) / 2));
    }
    m_layout.endLayout();
}

double WrappedText::naturalWidth() const {
    double widest = 0;
    for (int i = 0; i < m_layout.lineCount(); ++i)
        widest = qMax(widest, m_layout.lineAt(i).naturalTextWidth());
    return widest / m_scale;
}

void WrappedText::draw(QPainter& painter, const QPointF& topLeftPt, int first, int count,
                       const QColor& colour) const {
    painter.save();
    painter.setPen(colour);
    const QPointF origin(topLeftPt.x() * m_scale,
                         topLeftPt.y() * m_scale - first * m_lineHeight * m_scale);
    const int end = qMin(first + count, m_layout.lineCount());
    for (int i = first; i < end; ++i)
        m_layout.lineAt(i).draw(&painter, origin);
    painter.restore();
}

} // namespace debrief::report
