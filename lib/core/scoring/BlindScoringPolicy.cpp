#include "BlindScoringPolicy.h"

#include <algorithm>

namespace debrief {

BlindScoringPolicy::BlindScoringPolicy(QList<Interview> interviews, QList<Scorecard> cards,
                                       bool revealedByLead)
    : m_interviews(std::move(interviews))
    , m_cards(std::move(cards))
    , m_revealed(revealedByLead) {
}

bool BlindScoringPolicy::hasSubmittedOwn(RowId viewer) const {
    bool owesAny = false;
    for (const Interview& interview : m_interviews) {
        if (!interview.panelistIds.contains(viewer))
            continue;
        owesAny = true;
        const bool submitted = std::any_of(m_cards.cbegin(), m_cards.cend(), [&](const auto& c) {
            return c.interviewId == interview.id && c.panelistId == viewer && c.isSubmitted();
        });
        if (!submitted)
            return false;
    }
    // Someone who sat on none of the interviews has formed no independent
    // view to protect, but also has no submitted card: they wait for the
    // reveal like everyone else, so they cannot leak scores early.
    return owesAny;
}

bool BlindScoringPolicy::maySee(RowId viewer, const Scorecard& card) const {
    if (card.panelistId == viewer)
        return true;
    if (!card.isSubmitted())
        return false;
    return m_revealed || hasSubmittedOwn(viewer);
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
        return c.panelistId != viewer && c.isSubmitted() && !maySee(viewer, c);
    }));
}

} // namespace debrief
