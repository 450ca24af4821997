#include "ReportGenerator.h"

#include "CalibrationReport.h"
#include "CandidatePacketReport.h"
#include "ComparisonReport.h"
#include "OpeningSummaryReport.h"
#include "ReportPageSetup.h"
#include "files/SafeFileName.h"
#include "reporting/CalibrationReportData.h"
#include "reporting/CandidatePacketData.h"
#include "reporting/ComparisonReportData.h"
#include "reporting/OpeningSummaryData.h"
#include "storage/CandidateRepository.h"
#include "storage/Database.h"

#include <QUuid>

namespace debrief::report {

Result<ReportDocument> ReportGenerator::build(const ReportRequest& request) {
    if (request.openingId == kNoRow)
        return Error{tr("Choose the opening the report is about.")};
    switch (request.kind) {
    case ReportKind::Comparison:
        return comparison(request);
    case ReportKind::Packet:
        return packet(request);
    case ReportKind::Calibration:
        return calibration(request);
    case ReportKind::Summary:
        return summary(request);
    }
    return Error{tr("Unknown report kind.")};
}

Status ReportGenerator::write(const ReportRequest& request, const ReportPageSetup& setup,
                              const QString& path, const ReportPdfWriter::Progress& progress) {
    auto document = build(request);
    if (!document)
        return document.error();
    return m_writer.write(*document, setup, path, progress);
}

Result<ReportDocument> ReportGenerator::comparison(const ReportRequest& request) {
    auto data = ComparisonReportData::load(m_db, request.openingId, request.viewer, request.ties);
    if (!data)
        return data.error();
    if (const int scored = data->input.scoredFinalists(); scored < 2)
        return Error{tr("%1 has %n finalist(s) with a submitted scorecard; a comparison needs at "
                        "least 2.",
                        "", scored)
                         .arg(data->opening.title)};
    return ComparisonReport::build(*data, request);
}

Result<ReportDocument> ReportGenerator::packet(const ReportRequest& request) {
    if (request.applicationId == kNoRow)
        return Error{tr("Choose the candidate the packet is about.")};
    auto data = CandidatePacketData::load(m_db, request.applicationId, request.viewer);
    if (!data)
        return data.error();
    if (data->application.openingId != request.openingId)
        return Error{tr("Application %1 does not belong to opening %2.")
                         .arg(request.applicationId)
                         .arg(request.openingId)};
    return CandidatePacketReport::build(*data, request);
}

Result<ReportDocument> ReportGenerator::calibration(const ReportRequest& request) {
    auto data = CalibrationReportData::load(m_db, request.openingId, request.viewer);
    if (!data)
        return data.error();
    return CalibrationReport::build(*data, request);
}

Result<ReportDocument> ReportGenerator::summary(const ReportRequest& request) {
    const QDate today = request.today.isValid()         ? request.today
                        : request.generatedAt.isValid() ? request.generatedAt.date()
                                                        : QDate::currentDate();
    auto data = OpeningSummaryData::load(m_db, request.openingId, today);
    if (!data)
        return data.error();
    return OpeningSummaryReport::build(*data, request);
}

Result<RowId> ReportGenerator::applicationOf(Database& db, RowId openingId,
                                             const QString& candidate) {
    bool isNumber = false;
    RowId candidateId = candidate.toLongLong(&isNumber);
    if (!isNumber) {
        const QUuid uuid = QUuid::fromString(candidate);
        if (uuid.isNull())
            return Error{tr("“%1” is neither a candidate id nor a uuid.").arg(candidate)};
        auto found = CandidateRepository(db).findByUuid(uuid);
        if (!found)
            return found.error();
        if (!found->has_value())
            return Error{tr("There is no candidate with uuid %1 in %2.")
                             .arg(uuid.toString(QUuid::WithoutBraces), db.location())};
        candidateId = (*found)->id;
    }
    return CandidatePacketData::applicationOf(db, openingId, candidateId);
}

QString ReportGenerator::suggestedFileName(const ReportRequest& request,
                                           const QString& openingTitle,
                                           const QString& candidateName) {
    return SafeFileName::make({ReportKinds::key(request.kind), openingTitle, candidateName},
                              QStringLiteral(".pdf"));
}

} // namespace debrief::report
