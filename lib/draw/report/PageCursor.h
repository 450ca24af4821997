#pragma once

#include "ReportPage.h"

#include <QList>
#include <QMarginsF>
#include <QRectF>
#include <QSizeF>

namespace debrief::report {

/// Where the layout pass is: the pages so far and the vertical position on
/// the last one. All lengths in points from the page's top-left corner.
class PageCursor {
public:
    PageCursor(const QSizeF& pageSize, const QMarginsF& margins);

    QRectF content() const { return m_content; }
    double y() const { return m_y; }
    void advance(double dy) { m_y += dy; }
    double remaining() const { return m_content.bottom() - m_y; }
    bool atTop() const { return m_y <= m_content.top() + 0.001; }
    /// Vertical space between blocks; none at the top of a page.
    void gap(double dy);
    /// Starts a new page unless `height` still fits (or the page is empty).
    void ensure(double height);
    void newPage();

    ReportPage& page() { return m_pages.last(); }
    int pageIndex() const { return int(m_pages.size()) - 1; }
    QList<ReportPage> takePages();

private:
    QRectF m_content;
    double m_y = 0;
    QList<ReportPage> m_pages;
};

} // namespace debrief::report
