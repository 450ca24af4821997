#include "CandidatePacketData.h"

#include <algorithm>

#include "scoring/VisibleScorecards.h"
#include "storage/ApplicationRepository.h"
#include "storage/CandidateRepository.h"
#include "storage/CommunicationRepository.h"
#include "storage/Database.h"
#include "storage/DecisionRepository.h"
#include "storage/InterviewRoundRepository.h"
#include "storage/OpeningRepository.h"
#include "storage/ReferenceRepository.h"

namespace debrief {
namespace {

Result<QHash<RowId, QString>> roundNames(Database& db, RowId openingId) {
    auto rounds = InterviewRoundRepository(db).forOpening(openingId);
    if (!rounds)
        return rounds.error();
    QHash<RowId, QString> names;
    for (const InterviewRound& round : std::as_const(*rounds))
        names.insert(round.id, round.name);
    return names;
}

} // namespace

Result<CandidatePacketData> CandidatePacketData::load(Database& db, RowId applicationId,
                                                      const ScoreViewer& viewer) {
    CandidatePacketData data;
    data.viewer = viewer;
    auto application = ApplicationRepository(db).get(applicationId);
    if (!application)
        return application.error();
    data.application = *application;
    auto opening = OpeningRepository(db).get(application->openingId);
    if (!opening)
        return opening.error();
    data.opening = *opening;
    auto candidate = CandidateRepository(db).get(application->candidateId);
    if (!candidate)
        return candidate.error();
    data.candidate = *candidate;
    auto rounds = roundNames(db, opening->id);
    if (!rounds)
        return rounds.error();
    // The detail pane's reading of the cards: what the viewer may not see
    // is never loaded, only counted.
    auto visible = VisibleScorecards::load(db, applicationId, viewer);
    if (!visible)
        return visible.error();
    data.withheld = visible->withheld;
    for (const VisibleScorecards::InterviewCards& cards : std::as_const(visible->interviews)) {
        PacketInterview entry{
            cards.interview, rounds->value(cards.interview.roundId), {}, 0, cards.withheld.hidden};
        for (const VisibleScorecards::Seat& seat : cards.seats) {
            // Drafts stay out of a packet, the viewer's own included.
            if (seat.card && seat.card->isSubmitted()) {
                entry.scorecards.append({seat.panelistName, *seat.card});
                data.rubrics.insert(seat.card->rubricId,
                                    visible->rubrics.value(seat.card->rubricId));
            }
        }
        // A cancelled interview owes no scorecard.
        entry.notSubmitted = cards.interview.isCancelled()
                                 ? 0
                                 : std::max(0, int(cards.interview.panelistIds.size()) -
                                                   int(entry.scorecards.size()) - entry.hidden);
        data.interviews.append(entry);
    }
    auto references = ReferenceRepository(db).forApplication(applicationId);
    if (!references)
        return references.error();
    data.references = *references;
    auto log = CommunicationRepository(db).forApplication(applicationId);
    if (!log)
        return log.error();
    data.communications = *log;
    auto decision = DecisionRepository(db).forOpening(opening->id);
    if (!decision)
        return decision.error();
    data.decision = *decision;
    // The summary counts every submitted card, so it would give away the
    // ones blind scoring hides.
    if (!data.rubrics.isEmpty() && data.hiddenScorecards() == 0) {
        // The same reading of the cards as the comparison, so the packet's
        // total equals the comparison's for this candidate.
        auto scores =
            ComparisonInput::load(db, opening->id, viewer, FinalistSet::given({applicationId}));
        if (!scores)
            return scores.error();
        data.summary = FinalistSummary::of(scores->matrix, 0);
        data.scores = std::move(*scores);
    }
    return data;
}

Result<RowId> CandidatePacketData::applicationOf(Database& db, RowId openingId, RowId candidateId) {
    auto applications = ApplicationRepository(db).forCandidate(candidateId);
    if (!applications)
        return applications.error();
    for (const Application& application : std::as_const(*applications)) {
        if (application.openingId == openingId)
            return application.id;
    }
    return Error{tr("Candidate %1 did not apply to opening %2 in %3.")
                     .arg(candidateId)
                     .arg(openingId)
                     .arg(db.location())};
}

const Criterion* CandidatePacketData::criterion(RowId rubricId, RowId criterionId) const {
    const auto rubric = rubrics.constFind(rubricId);
    if (rubric == rubrics.constEnd())
        return nullptr;
    for (const Criterion& criterion : rubric->criteria) {
        if (criterion.id == criterionId)
            return &criterion;
    }
    return nullptr;
}

std::optional<DecisionOutcome> CandidatePacketData::outcome() const {
    if (!decision)
        return std::nullopt;
    for (const DecisionOutcome& outcome : decision->outcomes) {
        if (outcome.applicationId == application.id)
            return outcome;
    }
    return std::nullopt;
}

int CandidatePacketData::hiddenScorecards() const {
    int count = 0;
    for (const PacketInterview& interview : interviews)
        count += interview.hidden;
    return count;
}

int CandidatePacketData::submittedScorecards() const {
    int count = 0;
    for (const PacketInterview& interview : interviews)
        count += int(interview.scorecards.size());
    return count;
}

} // namespace debrief
