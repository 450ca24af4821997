#pragma once

#include "ReportDocument.h"
#include "ReportFormat.h"
#include "debrief_draw_export.h"
#include "reporting/CalibrationReportData.h"
#include "reporting/ReportRequest.h"

#include <QCoreApplication>

namespace debrief::report {

/// The panel calibration report: each panelist's leniency or severity, the
/// agreement per criterion (ICC and Krippendorff's alpha), halo flags, and a
/// short guide to reading them in plain words. Meant to prompt a
/// conversation, not to overrule anyone's scores.
class DEBRIEF_DRAW_EXPORT CalibrationReport {
    Q_DECLARE_TR_FUNCTIONS(CalibrationReport)

public:
    static ReportDocument build(const CalibrationReportData& data, const ReportRequest& request);

    static ReportTable leniencyTable(const CalibrationReportData& data, const ReportFormat& format);
    static ReportTable agreementTable(const CalibrationReportData& data,
                                      const ReportFormat& format);

private:
    static void addReadingGuide(ReportDocument& document, const CalibrationReportData& data,
                                const ReportFormat& format);
    static void addHalo(ReportDocument& document, const CalibrationReportData& data);
};

} // namespace debrief::report
