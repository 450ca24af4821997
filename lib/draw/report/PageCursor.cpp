#include "PageCursor.h"

namespace debrief::report {

PageCursor::PageCursor(const QSizeF& pageSize, const QMarginsF& margins)
    : m_content(QRectF(QPointF(0, 0), pageSize).marginsRemoved(margins))
    , m_y(m_content.top())
    , m_pages{ReportPage{}} {
}

void PageCursor::gap(double dy) {
    if (!atTop())
        m_y += dy;
}

void PageCursor::ensure(double height) {
    if (height > remaining() && !atTop())
        newPage();
}

void PageCursor::newPage() {
    m_pages.append(ReportPage{});
    m_y = m_content.top();
}

QList<ReportPage> PageCursor::takePages() {
    // A trailing page break leaves an empty page that nobody wants to print.
    if (m_pages.size() > 1 && m_pages.last().isEmpty())
        m_pages.removeLast();
    return std::exchange(m_pages, {ReportPage{}});
}

} // namespace debrief::report
