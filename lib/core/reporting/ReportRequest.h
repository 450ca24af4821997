#pragma once

#include "analytics/TieReport.h"
#include "domain/RowId.h"
#include "reporting/ReportKind.h"
#include "scoring/ScoreViewer.h"

#include <QDate>
#include <QDateTime>
#include <QLocale>
#include <QString>

namespace debrief {

/// Which report to write about what (ReportDataLoader reads its data; lib/draw's
/// ReportGenerator writes it), and the few things that make its output
/// reproducible (the time it says it was generated, the day it
/// judges "overdue" by, the resampling seed).
struct ReportRequest {
    ReportKind kind = ReportKind::Comparison;
    RowId openingId = kNoRow;
    /// The candidate packet's application (ReportDataLoader::applicationOf
    /// finds it from a candidate).
    RowId applicationId = kNoRow;
    /// Whose view of the scores every report shows: blind scoring applies
    /// as in the window (BlindScoringPolicy). The default, nobody, sees only
    /// what a non-panelist may: nothing leaks by leaving it out.
    ScoreViewer viewer;
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

} // namespace debrief
