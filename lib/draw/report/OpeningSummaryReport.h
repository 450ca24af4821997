#pragma once

#include "ReportDocument.h"
#include "ReportFormat.h"
#include "debrief_draw_export.h"
#include "reporting/OpeningSummaryData.h"
#include "reporting/ReportRequest.h"

#include <QCoreApplication>

namespace debrief::report {

/// The opening summary: the pipeline by stage with a chart, median time in
/// stage, promised dates kept and missed, and who is still waiting for an
/// answer, the longest overdue first.
class DEBRIEF_DRAW_EXPORT OpeningSummaryReport {
    Q_DECLARE_TR_FUNCTIONS(OpeningSummaryReport)

public:
    static ReportDocument build(const OpeningSummaryData& data, const ReportRequest& request);

    static ReportTable stageTable(const OpeningSummaryData& data, const ReportFormat& format);
    static ReportTable waitingTable(const OpeningSummaryData& data, const ReportFormat& format);

private:
    static void addPromises(ReportDocument& document, const OpeningSummaryData& data,
                            const ReportFormat& format);
    static void addWaiting(ReportDocument& document, const OpeningSummaryData& data,
                           const ReportFormat& format);
};

} // namespace debrief::report
