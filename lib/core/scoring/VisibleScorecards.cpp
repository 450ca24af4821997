#include "VisibleScorecards.h"

#include "scoring/BlindScoringPolicy.h"
#include "storage/ApplicationRepository.h"
#include "storage/OpeningRepository.h"
#include "storage/PanelistRepository.h"
#include "storage/RubricRepository.h"

#include <algorithm>

namespace debrief {
namespace {

using Visibility = VisibleScorecards::Visibility;

VisibleScorecards::Seat seatFor(RowId panelistId, const QString& name, const Scorecard* card,
                                const BlindScoringPolicy& policy, RowId viewer) {
    VisibleScorecards::Seat seat;
    seat.panelistId = panelistId;
    seat.panelistName = name;
    if (!card)
        return seat;
    if (policy.maySee(viewer, *card)) {
        seat.visibility = Visibility::Shown;
        seat.card = *card;
    } else if (card->isSubmitted()) {
        seat.visibility = Visibility::Hidden;
    }
    return seat;
}

} // namespace

int VisibleScorecards::InterviewCards::hiddenCount() const {
    return static_cast<int>(std::count_if(seats.cbegin(), seats.cend(), [](const Seat& seat) {
        return seat.visibility == Visibility::Hidden;
    }));
}

QList<RowId> VisibleScorecards::InterviewCards::rubricIds() const {
    QList<RowId> ids;
    for (const Seat& seat : seats) {
        if (seat.card && !ids.contains(seat.card->rubricId))
            ids.append(seat.card->rubricId);
    }
    return ids;
}

Result<VisibleScorecards> VisibleScorecards::load(Database& db, RowId applicationId,
                                                  const ScoreViewer& scoreViewer) {
    const RowId viewer = scoreViewer.panelistId;
    auto application = ApplicationRepository(db).get(applicationId);
    if (!application)
        return application.error();
    auto opening = OpeningRepository(db).get(application->openingId);
    if (!opening)
        return opening.error();
    auto read = BlindScoringPolicy::forApplication(db, applicationId, opening->scoresRevealed);
    if (!read)
        return read.error();
    const BlindScoringPolicy& policy = *read;
    const QList<Interview>& interviews = policy.interviews();
    const QList<Scorecard>& cards = policy.cards();
    auto panelists = PanelistRepository(db).list();
    if (!panelists)
        return panelists.error();
    QHash<RowId, QString> names;
    for (const Panelist& panelist : *panelists)
        names.insert(panelist.id, panelist.name);

    VisibleScorecards result;
    result.withheld = policy.withheldFrom(viewer);
    for (const Interview& interview : interviews) {
        InterviewCards entry{interview, {}, {}};
        QList<RowId> seated = interview.panelistIds;
        // A card from someone no longer listed on the interview still counts.
        for (const Scorecard& card : cards) {
            if (card.interviewId == interview.id && !seated.contains(card.panelistId))
                seated.append(card.panelistId);
        }
        for (RowId panelistId : seated) {
            const auto card = std::find_if(cards.cbegin(), cards.cend(), [&](const auto& c) {
                return c.interviewId == interview.id && c.panelistId == panelistId;
            });
            entry.seats.append(seatFor(panelistId, names.value(panelistId),
                                       card == cards.cend() ? nullptr : &*card, policy, viewer));
        }
        entry.withheld.hidden = entry.hiddenCount();
        entry.withheld.submitted = int(std::count_if(cards.cbegin(), cards.cend(), [&](auto& c) {
            return c.interviewId == interview.id && c.isSubmitted();
        }));
        if (entry.withheld.any())
            entry.withheld.reason = result.withheld.reason;
        result.viewerOnPanel = result.viewerOnPanel || interview.expectsScorecardFrom(viewer);
        result.interviews.append(entry);
    }

    RubricRepository rubrics(db);
    for (const InterviewCards& entry : std::as_const(result.interviews)) {
        for (RowId rubricId : entry.rubricIds()) {
            if (rubricId == kNoRow || result.rubrics.contains(rubricId))
                continue;
            auto rubric = rubrics.get(rubricId);
            if (!rubric)
                return rubric.error();
            result.rubrics.insert(rubricId, *rubric);
        }
    }
    return result;
}

} // namespace debrief
