#pragma once

#include "CalibrationReport.h"
#include "FinalistSummary.h"
#include "TieReport.h"

#include <QList>

namespace debrief {

/// Everything the finalist comparison shows, computed from one RatingMatrix.
struct ComparisonReport {
    /// One per finalist, in the matrix's order.
    QList<FinalistSummary> finalists;
    TieReport ties;
    CalibrationReport calibration;
};

} // namespace debrief
