#pragma once

#include "ReportDocument.h"
#include "ReportFormat.h"
#include "debrief_draw_export.h"
#include "reporting/CandidatePacketData.h"
#include "reporting/ReportRequest.h"

#include <QCoreApplication>

namespace debrief::report {

/// One candidate's packet: details and stage, the scores at a glance, every
/// submitted scorecard per round (each criterion's score, what that score
/// means on the rubric, the evidence), recommendations and key takeaways,
/// references and the communication log.
class DEBRIEF_DRAW_EXPORT CandidatePacketReport {
    Q_DECLARE_TR_FUNCTIONS(CandidatePacketReport)

public:
    static ReportDocument build(const CandidatePacketData& data, const ReportRequest& request);

    /// One scorecard's ratings: criterion, score, anchor meaning, evidence.
    static ReportTable scorecardTable(const CandidatePacketData& data, const Scorecard& card);

private:
    static void addDetails(ReportDocument& document, const CandidatePacketData& data,
                           const ReportFormat& format);
    static void addGlance(ReportDocument& document, const CandidatePacketData& data,
                          const ReportFormat& format);
    static void addScorecards(ReportDocument& document, const CandidatePacketData& data,
                              const ReportFormat& format);
    static void addReferences(ReportDocument& document, const CandidatePacketData& data,
                              const ReportFormat& format);
    static void addCommunications(ReportDocument& document, const CandidatePacketData& data,
                                  const ReportFormat& format);
};

} // namespace debrief::report
