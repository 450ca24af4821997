#pragma once

#include "ComparisonReport.h"
#include "Result.h"
#include "debrief_core_export.h"

namespace debrief {

class RatingMatrix;

/// The one call behind the comparison view and `debrief-cli compare`: the
/// finalists' summaries, the tie detection and the panel's calibration.
class DEBRIEF_CORE_EXPORT FinalistComparison {
public:
    /// Fails only when the tie options are out of range.
    static Result<ComparisonReport> run(const RatingMatrix& matrix, const TieOptions& ties = {},
                                        const CalibrationOptions& calibration = {});
};

} // namespace debrief
