#include "FinalistComparison.h"

#include "PanelCalibration.h"
#include "TieDetector.h"

namespace debrief {

Result<ComparisonReport> FinalistComparison::run(const RatingMatrix& matrix, const TieOptions& ties,
                                                 const CalibrationOptions& calibration) {
    auto tieReport = TieDetector::run(matrix, ties);
    if (!tieReport)
        return tieReport.error();
    ComparisonReport report;
    report.finalists = FinalistSummary::all(matrix);
    report.ties = std::move(tieReport).value();
    report.calibration = PanelCalibration::analyse(matrix, calibration);
    return report;
}

} // namespace debrief
