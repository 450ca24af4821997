#include "ScorecardSheet.h"

#include "storage/ApplicationRepository.h"
#include "storage/CandidateRepository.h"
#include "storage/InterviewRepository.h"
#include "storage/InterviewRoundRepository.h"
#include "storage/PanelistRepository.h"
#include "storage/RubricRepository.h"
#include "storage/ScorecardRepository.h"

namespace debrief {

Result<ScorecardSheet> ScorecardSheet::load(Database& db, RowId interviewId, RowId panelistId) {
    ScorecardSheet sheet;
    auto interview = InterviewRepository(db).get(interviewId);
    if (!interview)
        return interview.error();
    sheet.interview = *interview;
    auto application = ApplicationRepository(db).get(interview->applicationId);
    if (!application)
        return application.error();
    sheet.application = *application;
    auto candidate = CandidateRepository(db).get(application->candidateId);
    if (!candidate)
        return candidate.error();
    sheet.candidateName = candidate->fullName;
    auto panelist = PanelistRepository(db).get(panelistId);
    if (!panelist)
        return panelist.error();
    sheet.panelistName = panelist->name;
    auto cards = ScorecardRepository(db).forInterview(interviewId);
    if (!cards)
        return cards.error();

    Scorecard card;
    card.interviewId = interviewId;
    card.panelistId = panelistId;
    for (const Scorecard& existing : *cards) {
        if (existing.panelistId == panelistId)
            card = existing;
    }
    RubricRepository rubrics(db);
    Result<Rubric> rubric = Error{};
    if (card.rubricId != kNoRow) {
        // A card stays on the rubric version it was scored against.
        rubric = rubrics.get(card.rubricId);
    } else {
        auto current = rubrics.currentForOpening(application->openingId);
        if (!current)
            return current.error();
        if (!*current)
            return Error{tr("The opening has no rubric yet; set one up before scoring.")};
        rubric = **current;
    }
    if (!rubric)
        return rubric.error();
    sheet.rubric = *rubric;
    card.rubricId = sheet.rubric.id;
    for (const Criterion& criterion : sheet.rubric.criteria) {
        if (!card.rating(criterion.id))
            card.ratings.append(CriterionRating{criterion.id, std::nullopt, {}});
    }
    sheet.card = card;

    if (auto rounds = InterviewRoundRepository(db).forOpening(application->openingId)) {
        for (const InterviewRound& each : *rounds) {
            if (each.id == sheet.interview.roundId) {
                sheet.roundName = each.name;
                sheet.roundCriteria = each.criterionIds;
            }
        }
    }
    return sheet;
}

Result<Scorecard> ScorecardSheet::storedCard(Database& db, RowId cardId) {
    return ScorecardRepository(db).get(cardId);
}

Result<QList<RowId>> ScorecardSheet::draftHolders(Database& db, RowId interviewId) {
    auto cards = ScorecardRepository(db).forInterview(interviewId);
    if (!cards)
        return cards.error();
    QList<RowId> holders;
    for (const Scorecard& card : *cards) {
        if (!card.isSubmitted())
            holders.append(card.panelistId);
    }
    return holders;
}

} // namespace debrief
