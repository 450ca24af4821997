#pragma once

#include "ReportDocument.h"
#include "ReportFormat.h"
#include "debrief_draw_export.h"
#include "reporting/ComparisonReportData.h"
#include "reporting/ReportRequest.h"

#include <QCoreApplication>

namespace debrief::report {

/// The finalist comparison a hiring manager signs: the side-by-side table
/// with disagreement tinted, radar and bar charts, whether the lead is real
/// (in the comparison view's words), where the panel disagrees, the decision
/// record and a sign-off block. Same numbers as the app (docs/REPORTS.md).
class DEBRIEF_DRAW_EXPORT ComparisonReport {
    Q_DECLARE_TR_FUNCTIONS(ComparisonReport)

public:
    static ReportDocument build(const ComparisonReportData& data, const ReportRequest& request);

    /// The side-by-side table: one row per criterion, then the weighted
    /// total; one column per finalist after the criterion and its weight.
    static ReportTable sideBySide(const ComparisonReportData& data, const ReportFormat& format);
    /// One row per pair of finalists: gap, share of resamples, verdict and
    /// the criteria that make up the gap.
    static ReportTable pairs(const ComparisonReportData& data, const ReportFormat& format);

private:
    static void addOverview(ReportDocument& document, const ComparisonReportData& data);
    static void addCharts(ReportDocument& document, const ComparisonReportData& data);
    static void addDisagreement(ReportDocument& document, const ComparisonReportData& data,
                                const ReportFormat& format);
    static void addDecision(ReportDocument& document, const ComparisonReportData& data,
                            const ReportFormat& format);
};

} // namespace debrief::report
