#pragma once

#include <QColor>
#include <QFont>
#include <QPointF>
#include <QString>
#include <QTextLayout>

class QPaintDevice;
class QPainter;

namespace debrief::report {

/// One text wrapped to a width at the PDF device's resolution, on a fixed
/// line pitch. The layout pass and the paint pass build the same WrappedText
/// from the same inputs, so both see the same lines. Lengths are in points.
class WrappedText {
public:
    WrappedText(const QString& text, const QFont& font, const QPaintDevice* device, double widthPt,
                double lineHeightPt, Qt::Alignment alignment = Qt::AlignLeft);

    int lineCount() const { return m_layout.lineCount(); }
    double lineHeight() const { return m_lineHeight; }
    double height() const { return lineCount() * m_lineHeight; }
    /// The width of the longest line, for columns that size to their content.
    double naturalWidth() const;

    /// Draws lines [first, first + count) with the top of line `first` at
    /// `topLeftPt`. The painter works in device units.
    void draw(QPainter& painter, const QPointF& topLeftPt, int first, int count,
              const QColor& colour) const;

private:
    QTextLayout m_layout;
    double m_scale; // device units per point
    double m_lineHeight;
};

} // namespace debrief::report
