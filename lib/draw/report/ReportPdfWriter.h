#pragma once

#include "Result.h"
#include "debrief_draw_export.h"

#include <QCoreApplication>
#include <QList>
#include <QRectF>
#include <QString>

#include <functional>

namespace debrief::report {

class ReportDocument;
struct ReportPageSetup;

/// Typesets a ReportDocument into a PDF: lays all blocks out first (so the
/// footer can say "Page X of Y"), then paints page by page. The file appears
/// at `path` only when complete, readable by the owner only.
class DEBRIEF_DRAW_EXPORT ReportPdfWriter {
    Q_DECLARE_TR_FUNCTIONS(ReportPdfWriter)

public:
    /// Called after each painted page; return false to cancel (no file is left).
    using Progress = std::function<bool(int pagesDone, int pagesTotal)>;

    Status write(const ReportDocument& document, const ReportPageSetup& setup, const QString& path,
                 const Progress& progress = {});

    /// Number of pages of the last successful layout.
    int pageCount() const { return m_pageCount; }
    /// The frames charts were drawn into, in points from the page's top-left
    /// corner, in document order, and the 0-based page of each.
    QList<QRectF> chartFrames() const { return m_chartFrames; }
    QList<int> chartFramePages() const { return m_chartFramePages; }

private:
    int m_pageCount = 0;
    QList<QRectF> m_chartFrames;
    QList<int> m_chartFramePages;
};

} // namespace debrief::report
