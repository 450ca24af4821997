#include "ReportGenerator.h"

#include "CalibrationReport.h"
#include "CandidatePacketReport.h"
#include "ComparisonReport.h"
#include "OpeningSummaryReport.h"
#include "ReportKind.h"
#include "ReportPageSetup.h"
#include "files/SafeFileName.h"

namespace debrief::report {
namespace {

struct Builder {
    const ReportRequest& request;

    ReportDocument operator()(const ComparisonReportData& data) const {
        return ComparisonReport::build(data, request);
    }
    ReportDocument operator()(const CandidatePacketData& data) const {
        return CandidatePacketReport::build(data, request);
    }
    ReportDocument operator()(const CalibrationReportData& data) const {
        return CalibrationReport::build(data, request);
    }
    ReportDocument operator()(const OpeningSummaryData& data) const {
        return OpeningSummaryReport::build(data, request);
    }
};

} // namespace

ReportDocument ReportGenerator::build(const ReportData& data, const ReportRequest& request) {
    return std::visit(Builder{request}, data);
}

Status ReportGenerator::write(const ReportData& data, const ReportRequest& request,
                              const ReportPageSetup& setup, const QString& path,
                              const ReportPdfWriter::Progress& progress) {
    return m_writer.write(build(data, request), setup, path, progress);
}

QString ReportGenerator::suggestedFileName(const ReportRequest& request,
                                           const QString& openingTitle,
                                           const QString& candidateName) {
    return SafeFileName::make({ReportKinds::key(request.kind), openingTitle, candidateName},
                              QStringLiteral(".pdf"));
}

} // namespace debrief::report
