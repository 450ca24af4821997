#include "ReportDataLoader.h"

#include "storage/CandidateRepository.h"
#include "storage/Database.h"

#include <QUuid>

namespace debrief {

Result<ReportData> ReportDataLoader::load(const ReportRequest& request) {
    if (request.openingId == kNoRow)
        return Error{tr("Choose the opening the report is about.")};
    switch (request.kind) {
    case ReportKind::Comparison:
        return comparison(request);
    case ReportKind::Packet:
        return packet(request);
    case ReportKind::Calibration: {
        auto data = CalibrationReportData::load(m_db, request.openingId, request.viewer);
        if (!data)
            return data.error();
        return ReportData{std::move(*data)};
    }
    case ReportKind::Summary: {
        const QDate today = request.today.isValid()         ? request.today
                            : request.generatedAt.isValid() ? request.generatedAt.date()
                                                            : QDate::currentDate();
        auto data = OpeningSummaryData::load(m_db, request.openingId, today);
        if (!data)
            return data.error();
        return ReportData{std::move(*data)};
    }
    }
    return Error{tr("Unknown report kind.")};
}

Result<ReportData> ReportDataLoader::comparison(const ReportRequest& request) {
    auto data = ComparisonReportData::load(m_db, request.openingId, request.viewer, request.ties);
    if (!data)
        return data.error();
    if (const int scored = data->input.scoredFinalists(); scored < 2)
        return Error{tr("%1 has %n finalist(s) with a submitted scorecard; a comparison needs at "
                        "least 2.",
                        "", scored)
                         .arg(data->opening.title)};
    return ReportData{std::move(*data)};
}

Result<ReportData> ReportDataLoader::packet(const ReportRequest& request) {
    if (request.applicationId == kNoRow)
        return Error{tr("Choose the candidate the packet is about.")};
    auto data = CandidatePacketData::load(m_db, request.applicationId, request.viewer);
    if (!data)
        return data.error();
    if (data->application.openingId != request.openingId)
        return Error{tr("Application %1 does not belong to opening %2.")
                         .arg(request.applicationId)
                         .arg(request.openingId)};
    return ReportData{std::move(*data)};
}

Result<RowId> ReportDataLoader::applicationOf(RowId openingId, const QString& candidate) {
    bool isNumber = false;
    RowId candidateId = candidate.toLongLong(&isNumber);
    if (!isNumber) {
        const QUuid uuid = QUuid::fromString(candidate);
        if (uuid.isNull())
            return Error{tr("“%1” is neither a candidate id nor a uuid.").arg(candidate)};
        auto found = CandidateRepository(m_db).findByUuid(uuid);
        if (!found)
            return found.error();
        if (!found->has_value())
            return Error{tr("There is no candidate with uuid %1 in %2.")
                             .arg(uuid.toString(QUuid::WithoutBraces), m_db.location())};
        candidateId = (*found)->id;
    }
    return CandidatePacketData::applicationOf(m_db, openingId, candidateId);
}

} // namespace debrief
