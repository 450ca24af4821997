#include "ToneHighlighter.h"

#include "ChartPalette.h"
#include "tone/ToneCategory.h"

#include <QTextBlock>

namespace debrief {

ToneHighlighter::ToneHighlighter(QTextDocument* document)
    : QSyntaxHighlighter(document) {
}

void ToneHighlighter::setFindings(const QList<ToneFinding>& findings) {
    m_findings = findings;
    rehighlight();
}

QColor ToneHighlighter::colour(const QString& category) {
    const qsizetype index = ToneCategory::keys().indexOf(category);
    return ChartPalette::seriesColour(index < 0 ? 0 : int(index));
}

QTextCharFormat ToneHighlighter::format(const QString& category) {
    QTextCharFormat f;
    const QColor c = colour(category);
    f.setUnderlineStyle(QTextCharFormat::WaveUnderline);
    f.setUnderlineColor(c);
    // The underline carries the meaning; the tint only helps the eye find it.
    QColor tint = c;
    tint.setAlpha(40);
    f.setBackground(tint);
    return f;
}

void ToneHighlighter::highlightBlock(const QString& text) {
    const qsizetype blockStart = currentBlock().position();
    const qsizetype blockEnd = blockStart + text.size();
    for (const ToneFinding& finding : std::as_const(m_findings)) {
        const qsizetype from = std::max(finding.start, blockStart);
        const qsizetype to = std::min(finding.end(), blockEnd);
        if (from < to)
            setFormat(int(from - blockStart), int(to - from), format(finding.category));
    }
}

} // namespace debrief
