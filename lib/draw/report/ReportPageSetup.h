#pragma once

#include "debrief_draw_export.h"

#include <QLocale>
#include <QMarginsF>
#include <QPageSize>

namespace debrief::report {

/// Paper, margins and output options of a report.
struct DEBRIEF_DRAW_EXPORT ReportPageSetup {
    QPageSize pageSize{QPageSize::A4};   ///< forLocale(): Letter for US/CA/MX/…, else A4
    QMarginsF marginsMm{20, 22, 20, 20}; ///< left, top, right, bottom; header/footer sit inside
    int resolution = 1200;               ///< PDF device resolution (dpi)
    bool pdfA = false;                   ///< PDF/A-1b
    QLocale locale;                      ///< dates in the footer, decimal marks

    /// Letter for the countries that use it (US, Canada, Mexico, Chile,
    /// Colombia, Venezuela, Philippines, …), A4 everywhere else.
    static ReportPageSetup forLocale(const QLocale& locale);
};

} // namespace debrief::report
