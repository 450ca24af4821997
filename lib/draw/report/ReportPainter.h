#pragma once

#include "ReportPage.h"
#include "ReportStyle.h"

#include <QCoreApplication>
#include <QLocale>
#include <QMarginsF>
#include <QSizeF>

class QPainter;
class QPaintDevice;

namespace debrief::report {

class ReportDocument;

/// The paint pass: draws one laid-out page with its running header
/// ("Confidential: contains personal data") and footer ("Page X of Y").
class ReportPainter {
    Q_DECLARE_TR_FUNCTIONS(ReportPainter)

public:
    ReportPainter(const ReportStyle& style, QPainter& painter, const QPaintDevice* device,
                  const ReportDocument& document, const QLocale& locale, const QSizeF& pageSize,
                  const QMarginsF& margins);

    void paint(const ReportPage& page, int pageIndex, int pageCount);

    static QString confidentialMarking();
    static QString pageNumber(int page, int pageCount);

private:
    void paintItems(const ReportPage& page);
    void paintRunningHeader();
    void paintFooter(int pageIndex, int pageCount);
    QString longDateWithoutWeekday() const;
    void paintText(const QString& text, ReportStyle::Role role, const QPointF& topLeft,
                   double width, Qt::Alignment alignment, int first = 0, int count = 1);
    void paintRule(const QLineF& line, double width, const QColor& colour);

    const ReportStyle& m_style;
    QPainter& m_painter;
    const QPaintDevice* m_device;
    const ReportDocument& m_document;
    QLocale m_locale;
    QRectF m_content;
    double m_scale; // device units per point
};

} // namespace debrief::report
