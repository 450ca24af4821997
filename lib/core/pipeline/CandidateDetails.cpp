#include "CandidateDetails.h"

#include "storage/ApplicationRepository.h"
#include "storage/CandidateRepository.h"
#include "storage/CommunicationRepository.h"
#include "storage/InterviewRepository.h"
#include "storage/InterviewRoundRepository.h"
#include "storage/OpeningRepository.h"
#include "storage/PanelistRepository.h"
#include "storage/ReferenceRepository.h"
#include "storage/ScorecardRepository.h"

#include <QHash>

namespace debrief {
namespace {

Result<QList<InterviewSummary>> loadInterviews(Database& db, const Application& application) {
    auto interviews = InterviewRepository(db).forApplication(application.id);
    if (!interviews)
        return interviews.error();
    auto rounds = InterviewRoundRepository(db).forOpening(application.openingId);
    if (!rounds)
        return rounds.error();
    auto panelists = PanelistRepository(db).list();
    if (!panelists)
        return panelists.error();
    // Counts only: the seats include the cards a server hides from this login.
    auto scorecards = ScorecardRepository(db).seatsForApplication(application.id);
    if (!scorecards)
        return scorecards.error();

    QHash<RowId, QString> roundNames;
    for (const InterviewRound& round : *rounds)
        roundNames.insert(round.id, round.name);
    QHash<RowId, QString> panelistNames;
    for (const Panelist& panelist : *panelists)
        panelistNames.insert(panelist.id, panelist.name);

    QList<InterviewSummary> summaries;
    for (const Interview& interview : *interviews) {
        InterviewSummary summary;
        summary.id = interview.id;
        summary.roundName = roundNames.value(interview.roundId);
        summary.scheduledAt = interview.scheduledAt;
        summary.durationMinutes = interview.durationMinutes;
        summary.location = interview.location;
        summary.videoLink = interview.videoLink;
        summary.cancelled = interview.isCancelled();
        summary.cancellationReason = interview.cancellationReason;
        summary.panelSize = static_cast<int>(interview.panelistIds.size());
        for (RowId id : interview.panelistIds)
            summary.panelistNames.append(panelistNames.value(id));
        for (const Scorecard& card : *scorecards) {
            if (card.interviewId != interview.id)
                continue;
            ++(card.isSubmitted() ? summary.submittedScorecards : summary.draftScorecards);
        }
        summaries.append(summary);
    }
    return summaries;
}

} // namespace

Result<CandidateDetails> CandidateDetails::load(Database& db, RowId applicationId) {
    CandidateDetails details;
    auto application = ApplicationRepository(db).get(applicationId);
    if (!application)
        return application.error();
    details.application = *application;
    auto candidate = CandidateRepository(db).get(details.application.candidateId);
    if (!candidate)
        return candidate.error();
    details.candidate = *candidate;
    auto opening = OpeningRepository(db).get(details.application.openingId);
    if (!opening)
        return opening.error();
    details.openingTitle = opening->title;
    auto interviews = loadInterviews(db, details.application);
    if (!interviews)
        return interviews.error();
    details.interviews = *interviews;
    auto references = ReferenceRepository(db).forApplication(applicationId);
    if (!references)
        return references.error();
    details.references = *references;
    auto communications = CommunicationRepository(db).forApplication(applicationId);
    if (!communications)
        return communications.error();
    details.communications = *communications;
    return details;
}

} // namespace debrief
