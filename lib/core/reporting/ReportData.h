#pragma once

#include "CalibrationReportData.h"
#include "CandidatePacketData.h"
#include "ComparisonReportData.h"
#include "OpeningSummaryData.h"

#include <variant>

namespace debrief {

/// What one report shows, read by ReportDataLoader and drawn by lib/draw's
/// ReportGenerator, which never reads the database itself.
using ReportData = std::variant<ComparisonReportData, CandidatePacketData, CalibrationReportData,
                                OpeningSummaryData>;

} // namespace debrief
