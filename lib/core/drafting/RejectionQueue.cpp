#include "RejectionQueue.h"

#include "RejectionRecipients.h"
#include "storage/ApplicationRepository.h"
#include "storage/CandidateRepository.h"
#include "storage/DecisionRepository.h"
#include "storage/RejectionDraftRepository.h"

#include <QHash>

#include <algorithm>

namespace debrief {

bool RejectionQueue::isPendingOffer(const Application& application,
                                    const std::optional<Decision>& decision) {
    if (!decision || application.stage != PipelineStage::Offer)
        return false;
    return std::any_of(
        decision->outcomes.begin(), decision->outcomes.end(), [&](const DecisionOutcome& o) {
            return o.applicationId == application.id && o.role == DecisionRole::Chosen;
        });
}

DraftGroup RejectionQueue::groupOf(const Application& application,
                                   const std::optional<RejectionDraft>& draft, bool pendingOffer) {
    if (draft && draft->isSent())
        return DraftGroup::Sent;
    if (pendingOffer)
        return DraftGroup::Offer;
    return application.onHold ? DraftGroup::Held : DraftGroup::Ready;
}

Result<QList<DraftCandidate>> RejectionQueue::load(Database& db, RowId openingId) {
    auto applications = ApplicationRepository(db).forOpening(openingId);
    if (!applications)
        return applications.error();
    auto decision = DecisionRepository(db).forOpening(openingId);
    if (!decision)
        return decision.error();
    auto notChosen = RejectionRecipients::passedOver(db, openingId);
    if (!notChosen)
        return notChosen.error();
    auto drafts = RejectionDraftRepository(db).latestForOpening(openingId);
    if (!drafts)
        return drafts.error();
    QHash<RowId, RejectionDraft> draftOf;
    for (const RejectionDraft& d : std::as_const(*drafts))
        draftOf.insert(d.applicationId, d);

    // One read of the opening's candidates, not one per row.
    auto candidates = CandidateRepository(db).forOpening(openingId);
    if (!candidates)
        return candidates.error();
    QHash<RowId, Candidate> candidateOf;
    for (const Candidate& c : std::as_const(*candidates))
        candidateOf.insert(c.id, c);
    QList<DraftCandidate> found;
    for (const Application& a : std::as_const(*applications)) {
        const bool offer = isPendingOffer(a, *decision);
        // Whoever has a draft stays listed, so no draft drops out of sight.
        if (!offer && !RejectionRecipients::isRecipient(a, *notChosen) && !draftOf.contains(a.id))
            continue;
        DraftCandidate row{a, candidateOf.value(a.candidateId), std::nullopt, DraftGroup::Ready};
        if (draftOf.contains(a.id))
            row.draft = draftOf.value(a.id);
        row.group = groupOf(a, row.draft, offer);
        found.append(row);
    }
    return found;
}

Result<QStringList> RejectionQueue::pendingOfferNames(Database& db, RowId openingId) {
    auto decision = DecisionRepository(db).forOpening(openingId);
    if (!decision)
        return decision.error();
    QStringList names;
    if (!decision->has_value())
        return names;
    for (const DecisionOutcome& o : (*decision)->outcomes) {
        if (o.role != DecisionRole::Chosen)
            continue;
        auto application = ApplicationRepository(db).get(o.applicationId);
        if (!application)
            return application.error();
        if (!isPendingOffer(*application, *decision))
            continue;
        auto candidate = CandidateRepository(db).get(application->candidateId);
        if (!candidate)
            return candidate.error();
        names.append(candidate->fullName);
    }
    return names;
}

} // namespace debrief
