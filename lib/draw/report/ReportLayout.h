#pragma once

#include "PageCursor.h"
#include "ReportBlock.h"
#include "ReportPage.h"
#include "ReportStyle.h"

#include <QCoreApplication>
#include <QList>
#include <QMarginsF>
#include <QSizeF>

class QPaintDevice;

namespace debrief::report {

class ReportDocument;

/// The layout pass: measures every block at the PDF device's resolution and
/// assigns it to pages, keeping headings with what follows them and a
/// sign-off on one page. Produces positions in points; draws nothing.
class ReportLayout {
    Q_DECLARE_TR_FUNCTIONS(ReportLayout)

public:
    ReportLayout(const ReportStyle& style, const QPaintDevice* device, const QSizeF& pageSize,
                 const QMarginsF& margins);

    QList<ReportPage> layout(const ReportDocument& document);

    /// Signature lines under each sign-off role, left to right.
    static QStringList signOffFields();

private:
    void placeTitle(const ReportDocument& document);
    void placeBlock(const QList<ReportBlock>& blocks, int index);
    void place(const ReportHeading& heading, const QList<ReportBlock>& blocks, int index);
    void place(const ReportParagraph& paragraph);
    void place(const ReportKeyValues& keyValues);
    void place(const ReportChart& chart, int index);
    void place(const ReportSignOff& signOff);

    /// What must fit below a heading for the heading to stay on this page.
    double leadHeight(const QList<ReportBlock>& blocks, int index) const;
    double headingHeight(const ReportHeading& heading) const;
    double keyColumnWidth(const ReportKeyValues& keyValues) const;
    double keyValueRowHeight(const QPair<QString, QString>& pair, double keyWidth) const;
    QSizeF chartFrameSize(const ReportChart& chart) const;
    double signOffHeight(const ReportSignOff& signOff) const;
    int lineCount(const QString& text, ReportStyle::Role role, double width) const;
    /// Appends lines of a wrapped text at the cursor and moves down.
    void placeLines(const QString& text, ReportStyle::Role role, double x, double width, int first,
                    int count);

    const ReportStyle& m_style;
    const QPaintDevice* m_device;
    PageCursor m_cursor;
};

} // namespace debrief::report
