#include "ApplicationScorecards.h"

#include "BlindScoringPolicy.h"
#include "storage/ApplicationRepository.h"
#include "storage/OpeningRepository.h"

namespace debrief {

Result<ApplicationScorecards> ApplicationScorecards::load(Database& db, RowId applicationId,
                                                          const ScoreViewer& viewer,
                                                          bool revealedByLead) {
    auto policy = BlindScoringPolicy::forApplication(db, applicationId, revealedByLead);
    if (!policy)
        return policy.error();
    ApplicationScorecards result;
    result.interviews = policy->interviews();
    for (const Scorecard& card : policy->cards()) {
        if (!card.isSubmitted())
            ++result.drafts;
        else if (policy->maySee(viewer.panelistId, card))
            result.submitted.append(card);
    }
    result.withheld = policy->withheldFrom(viewer.panelistId);
    return result;
}

Result<ApplicationScorecards> ApplicationScorecards::load(Database& db, RowId applicationId,
                                                          const ScoreViewer& viewer) {
    auto application = ApplicationRepository(db).get(applicationId);
    if (!application)
        return application.error();
    auto opening = OpeningRepository(db).get(application->openingId);
    if (!opening)
        return opening.error();
    return load(db, applicationId, viewer, opening->scoresRevealed);
}

} // namespace debrief
