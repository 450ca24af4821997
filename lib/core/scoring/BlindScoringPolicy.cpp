#include "BlindScoringPolicy.h"

#include "storage/Database.h"
#include "storage/InterviewRepository.h"
#include "storage/ScorecardRepository.h"

#include <QHash>

#include <algorithm>

namespace debrief {

BlindScoringPolicy::BlindScoringPolicy(QList<Interview> interviews, QList<Scorecard> cards,
                                       bool revealedByLead)
    : m_interviews(std::move(interviews))
    , m_cards(std::move(cards))
    , m_revealed(revealedByLead) {
}

Result<BlindScoringPolicy> BlindScoringPolicy::forApplication(Database& db, RowId applicationId,
                                                              bool revealedByLead) {
    auto interviews = InterviewRepository(db).forApplication(applicationId);
    if (!interviews)
        return interviews.error();
    ScorecardRepository scorecards(db);
    // On a file nothing hides a card: the table gives them all.
    if (db.dialect() != SqlDialect::PostgreSql) {
        auto cards = scorecards.forApplication(applicationId);
        if (!cards)
            return cards.error();
        return BlindScoringPolicy(std::move(*interviews), std::move(*cards), revealedByLead);
    }
    // On a server, row-level security leaves out the cards this login may
    // not see yet, yet the rule needs every card's status (who has
    // submitted) and WithheldScorecards counts the hidden ones: the seats
    // list them all, without content, and each seat the table gave is
    // replaced by the card itself. Seats first: a card saved between the
    // two reads then comes from the table as it is now, never as a seat
    // standing in for content.
    auto seats = scorecards.seatsForApplication(applicationId);
    if (!seats)
        return seats.error();
    auto cards = scorecards.forApplication(applicationId);
    if (!cards)
        return cards.error();
    QHash<RowId, Scorecard> loaded;
    for (Scorecard& card : *cards)
        loaded.insert(card.id, std::move(card));
    QList<Scorecard> all;
    all.reserve(seats->size());
    for (Scorecard& seat : *seats)
        all.append(loaded.contains(seat.id) ? loaded.take(seat.id) : std::move(seat));
    for (Scorecard& card : loaded)
        all.append(std::move(card));
    std::sort(all.begin(), all.end(),
              [](const Scorecard& a, const Scorecard& b) { return a.id < b.id; });
    return BlindScoringPolicy(std::move(*interviews), std::move(all), revealedByLead);
}

bool BlindScoringPolicy::submittedBy(RowId interviewId, RowId panelistId) const {
    return std::any_of(m_cards.cbegin(), m_cards.cend(), [&](const Scorecard& c) {
        return c.interviewId == interviewId && c.panelistId == panelistId && c.isSubmitted();
    });
}

bool BlindScoringPolicy::owesScorecards(RowId viewer) const {
    return viewer != kNoRow &&
           std::any_of(m_interviews.cbegin(), m_interviews.cend(),
                       [viewer](const Interview& i) { return i.expectsScorecardFrom(viewer); });
}

bool BlindScoringPolicy::hasSubmittedOwn(RowId viewer) const {
    if (!owesScorecards(viewer))
        return false;
    return std::all_of(m_interviews.cbegin(), m_interviews.cend(), [&](const Interview& i) {
        return !i.expectsScorecardFrom(viewer) || submittedBy(i.id, viewer);
    });
}

bool BlindScoringPolicy::everyScorecardSubmitted() const {
    // A cancelled interview owes no scorecard, so it holds nobody back.
    return std::all_of(m_interviews.cbegin(), m_interviews.cend(), [this](const Interview& i) {
        return i.isCancelled() || std::all_of(i.panelistIds.cbegin(), i.panelistIds.cend(),
                                              [&](RowId seat) { return submittedBy(i.id, seat); });
    });
}

// On a panel server the same rule is also row-level security: the SQL
// function debrief_may_see_scorecard in lib/core/server/ServerInit.cpp is
// its twin (owes = Interview::expectsScorecardFrom). Change both together;
// tst_rowsecurity compares the two over the same rows.
bool BlindScoringPolicy::maySee(RowId viewer, const Scorecard& card) const {
    if (viewer != kNoRow && card.panelistId == viewer)
        return true;
    if (!card.isSubmitted())
        return false;
    if (m_revealed)
        return true;
    return owesScorecards(viewer) ? hasSubmittedOwn(viewer) : everyScorecardSubmitted();
}

QList<Scorecard> BlindScoringPolicy::visibleTo(RowId viewer) const {
    QList<Scorecard> visible;
    for (const Scorecard& card : m_cards) {
        if (maySee(viewer, card))
            visible.append(card);
    }
    return visible;
}

int BlindScoringPolicy::hiddenCount(RowId viewer) const {
    return static_cast<int>(std::count_if(m_cards.cbegin(), m_cards.cend(), [&](const auto& c) {
        return c.isSubmitted() && !maySee(viewer, c);
    }));
}

WithheldScorecards BlindScoringPolicy::withheldFrom(RowId viewer) const {
    WithheldScorecards withheld;
    withheld.submitted = static_cast<int>(std::count_if(
        m_cards.cbegin(), m_cards.cend(), [](const Scorecard& c) { return c.isSubmitted(); }));
    withheld.hidden = hiddenCount(viewer);
    if (withheld.hidden == 0)
        return withheld;
    if (!owesScorecards(viewer)) {
        withheld.reason = WithheldScorecards::Reason::PanelOutstanding;
        return withheld;
    }
    const bool submittedAny = std::any_of(m_cards.cbegin(), m_cards.cend(), [&](const auto& c) {
        return c.panelistId == viewer && c.isSubmitted();
    });
    withheld.reason = submittedAny ? WithheldScorecards::Reason::RestOfYoursOutstanding
                                   : WithheldScorecards::Reason::YoursOutstanding;
    return withheld;
}

} // namespace debrief
