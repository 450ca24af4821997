#pragma once

#include "Result.h"
#include "analytics/CalibrationReport.h"
#include "analytics/ComparisonInput.h"
#include "debrief_core_export.h"
#include "domain/Opening.h"

#include <QCoreApplication>

namespace debrief {

class Database;

/// What the panel calibration report and the Calibration tab of Compare
/// Finalists show: PanelCalibration over every candidate of the opening with
/// a submitted scorecard, not only the finalists, so that each panelist's
/// leniency rests on all they scored; only the cards the viewer may see.
struct DEBRIEF_CORE_EXPORT CalibrationReportData {
    Q_DECLARE_TR_FUNCTIONS(CalibrationReportData)

public:
    Opening opening;
    /// Every scored application of the opening, oldest first, as
    /// `input.viewer` may see it (`input.withheld` says what is hidden).
    ComparisonInput input;
    CalibrationReport calibration;

    static Result<CalibrationReportData> load(Database& db, RowId openingId,
                                              const ScoreViewer& viewer,
                                              const CalibrationOptions& options = {});
};

} // namespace debrief
