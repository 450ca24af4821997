#include "ReportDocument.h"

namespace debrief::report {

void ReportDocument::setTitle(const QString& title) {
    m_title = title;
}
void ReportDocument::setSubtitle(const QString& subtitle) {
    m_subtitle = subtitle;
}
void ReportDocument::setAuthor(const QString& author) {
    m_author = author;
}
void ReportDocument::setRunningHeader(const QString& text) {
    m_runningHeader = text;
}
void ReportDocument::setGeneratedAt(const QDateTime& when) {
    m_generatedAt = when;
}

void ReportDocument::addHeading(const QString& text, int level) {
    m_blocks.append(ReportHeading{text, qBound(1, level, 3)});
}

void ReportDocument::addParagraph(const QString& text) {
    m_blocks.append(ReportParagraph{text, ReportParagraph::Style::Body});
}

void ReportDocument::addNote(const QString& text) {
    m_blocks.append(ReportParagraph{text, ReportParagraph::Style::Note});
}

void ReportDocument::addCallout(const QString& text) {
    m_blocks.append(ReportParagraph{text, ReportParagraph::Style::Callout});
}

void ReportDocument::addKeyValues(const QList<QPair<QString, QString>>& pairs) {
    m_blocks.append(ReportKeyValues{pairs});
}

void ReportDocument::addTable(const ReportTable& table) {
    m_blocks.append(table);
}
void ReportDocument::addChart(const ReportChart& chart) {
    m_blocks.append(chart);
}
void ReportDocument::addSignOff(const QStringList& roles) {
    m_blocks.append(ReportSignOff{roles});
}
void ReportDocument::addPageBreak() {
    m_blocks.append(ReportPageBreak{});
}

} // namespace debrief::report
