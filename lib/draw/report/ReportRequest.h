#pragma once

#include "ReportKind.h"
#include "analytics/TieReport.h"
#include "domain/RowId.h"

#include <QDate>
#include <QDateTime>
#include <QLocale>
#include <QString>

#include <optional>

namespace debrief::report {

/// Which report to write about what, and the few things that make its
/// output reproducible (the time it says it was generated, the day it
/// judges "overdue" by, the resampling seed).
struct ReportRequest {
    ReportKind kind = ReportKind::Comparison;
    RowId openingId = kNoRow;
    /// The candidate packet's application (ReportGenerator::applicationOf
    /// finds it from a candidate).
    RowId applicationId = kNoRow;
    /// Packet only: apply blind scoring as this panelist sees the cards;
    /// std::nullopt shows every submitted card (as the comparison does).
    std::optional<RowId> viewer;
    /// Printed in every footer; invalid means now.
    QDateTime generatedAt;
    /// The summary's "overdue" is judged as of this day; invalid means the
    /// day of generatedAt.
    QDate today;
    /// Numbers and dates in the report.
    QLocale locale;
    /// The comparison's tie detection; the defaults are the app's.
    TieOptions ties;
    /// PDF author metadata; empty means "Debrief".
    QString author;
};

} // namespace debrief::report
