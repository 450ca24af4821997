#include "ComparisonReportData.h"

#include "analytics/FinalistComparison.h"
#include "storage/ApplicationRepository.h"
#include "storage/CandidateRepository.h"
#include "storage/Database.h"
#include "storage/DecisionRepository.h"
#include "storage/OpeningRepository.h"
#include "storage/PanelistRepository.h"
#include "storage/RubricRepository.h"

#include <algorithm>

namespace debrief {
namespace {

Status describeDecision(Database& db, ComparisonReportData& data) {
    const Decision& decision = *data.decision;
    if (decision.decidedBy != kNoRow) {
        auto panelist = PanelistRepository(db).get(decision.decidedBy);
        if (!panelist)
            return panelist.error();
        data.decidedByName = panelist->name;
    }
    auto versions = RubricRepository(db).versionsForOpening(data.opening.id);
    if (!versions)
        return versions.error();
    for (RowId id : decision.decidingCriterionIds) {
        for (const Rubric& rubric : std::as_const(*versions)) {
            const auto found = std::find_if(rubric.criteria.cbegin(), rubric.criteria.cend(),
                                            [id](const Criterion& c) { return c.id == id; });
            if (found != rubric.criteria.cend()) {
                data.decidingCriteria.append(found->name);
                break;
            }
        }
    }
    ApplicationRepository applications(db);
    CandidateRepository candidates(db);
    for (const DecisionOutcome& outcome : decision.outcomes) {
        auto application = applications.get(outcome.applicationId);
        if (!application)
            return application.error();
        auto candidate = candidates.get(application->candidateId);
        if (!candidate)
            return candidate.error();
        data.applicantNames.insert(outcome.applicationId, candidate->fullName);
    }
    return {};
}

Result<QString> leadName(Database& db, const Opening& opening) {
    for (const PanelMember& member : opening.panel) {
        if (!member.isLead)
            continue;
        auto panelist = PanelistRepository(db).get(member.panelistId);
        if (!panelist)
            return panelist.error();
        return panelist->name;
    }
    return QString();
}

} // namespace

Result<ComparisonReportData> ComparisonReportData::load(Database& db, RowId openingId,
                                                        const ScoreViewer& viewer,
                                                        const TieOptions& ties) {
    ComparisonReportData data;
    auto opening = OpeningRepository(db).get(openingId);
    if (!opening)
        return opening.error();
    data.opening = *opening;
    auto decision = DecisionRepository(db).forOpening(openingId);
    if (!decision)
        return decision.error();
    data.decision = *decision;
    auto finalists = FinalistSet::forOpening(db, openingId);
    if (!finalists)
        return finalists.error();
    auto input = ComparisonInput::load(db, openingId, viewer, *finalists);
    if (!input)
        return input.error();
    data.input = std::move(*input);
    auto analytics = FinalistComparison::run(data.input.matrix, ties);
    if (!analytics)
        return analytics.error();
    data.analytics = std::move(*analytics);
    auto context = ComparisonContext::load(db, openingId, data.input.rubricId);
    if (!context)
        return context.error();
    data.context = *context;
    auto lead = leadName(db, data.opening);
    if (!lead)
        return lead.error();
    data.panelLeadName = *lead;
    if (data.decision) {
        if (auto described = describeDecision(db, data); !described)
            return described.error();
    }
    return data;
}

} // namespace debrief
