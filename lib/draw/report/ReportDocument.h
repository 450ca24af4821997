#pragma once

#include "ReportBlock.h"
#include "ReportChart.h"
#include "ReportTable.h"
#include "debrief_draw_export.h"

#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace debrief::report {

/// What a report says, as a list of blocks in reading order; no drawing here.
/// ReportPdfWriter lays the blocks out on pages and typesets them.
class DEBRIEF_DRAW_EXPORT ReportDocument {
public:
    void setTitle(const QString& title);       ///< PDF title metadata + cover heading
    void setSubtitle(const QString& subtitle); ///< under the title, muted
    void setAuthor(const QString& author);     ///< PDF author metadata
    /// Left side of every page's running header (e.g. the opening's title);
    /// the engine adds "Confidential: contains personal data" on the right.
    void setRunningHeader(const QString& text);
    void setGeneratedAt(const QDateTime& when); ///< shown in every footer

    void addHeading(const QString& text, int level = 1);
    void addParagraph(const QString& text);
    void addNote(const QString& text);    ///< smaller, muted
    void addCallout(const QString& text); ///< a tinted box, e.g. the tie verdict
    void addKeyValues(const QList<QPair<QString, QString>>& pairs);
    void addTable(const ReportTable& table);
    void addChart(const ReportChart& chart);
    void addSignOff(const QStringList& roles);
    void addPageBreak();

    QString title() const { return m_title; }
    QString subtitle() const { return m_subtitle; }
    QString author() const { return m_author; }
    QString runningHeader() const { return m_runningHeader; }
    QDateTime generatedAt() const { return m_generatedAt; }
    const QList<ReportBlock>& blocks() const { return m_blocks; }

private:
    QString m_title;
    QString m_subtitle;
    QString m_author;
    QString m_runningHeader;
    QDateTime m_generatedAt;
    QList<ReportBlock> m_blocks;
};

} // namespace debrief::report
