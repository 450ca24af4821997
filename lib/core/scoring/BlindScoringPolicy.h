#pragma once

#include "debrief_core_export.h"
#include "domain/Interview.h"
#include "domain/RowId.h"
#include "domain/Scorecard.h"

#include <QList>

namespace debrief {

/// Decides which scorecards a panelist may see, so that scores are formed
/// independently before anyone is anchored by a colleague's numbers.
///
/// A panelist sees their own cards always, and other panelists' submitted
/// cards for a candidate only once they have submitted every card they owe
/// for that candidate's interviews — or when the panel lead has revealed
/// scores for the whole panel. Other people's drafts are never shown.
class DEBRIEF_CORE_EXPORT BlindScoringPolicy {
public:
    /// `interviews` and `cards` belong to one application.
    BlindScoringPolicy(QList<Interview> interviews, QList<Scorecard> cards, bool revealedByLead);

    /// Whether `viewer` has submitted all their cards for this application.
    bool hasSubmittedOwn(RowId viewer) const;
    bool maySee(RowId viewer, const Scorecard& card) const;
    /// The cards `viewer` may see, in their original order.
    QList<Scorecard> visibleTo(RowId viewer) const;
    /// How many submitted cards of others are hidden from `viewer`.
    int hiddenCount(RowId viewer) const;

private:
    QList<Interview> m_interviews;
    QList<Scorecard> m_cards;
    bool m_revealed = false;
};

} // namespace debrief
