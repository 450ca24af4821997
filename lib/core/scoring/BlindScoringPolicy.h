#pragma once

#include "Result.h"
#include "WithheldScorecards.h"
#include "debrief_core_export.h"
#include "domain/Interview.h"
#include "domain/RowId.h"
#include "domain/Scorecard.h"

#include <QList>

namespace debrief {

class Database;

/// Decides which scorecards a viewer may see, so that scores are formed
/// independently before anyone is anchored by a colleague's numbers. It is
/// the one rule every read of scorecards for display goes through (the
/// detail pane, the scorecard editor, the comparison, the reports, the talent
/// pool's evidence, a draft's strengths, the command line).
///
/// For one application: a viewer always sees their own cards. Others'
/// drafts are never shown. Others' submitted cards are shown
/// - after the panel lead's reveal, to everyone;
/// - to a viewer who sits on any of the application's interviews, once they
///   have submitted every card they owe for it (one per interview they sit on);
/// - to a viewer who sits on none of them (or nobody at all), once every
///   card is in: every seat of every interview of the application has a
///   submitted card. Until then they could be the one who anchors a
///   colleague who is still scoring.
class DEBRIEF_CORE_EXPORT BlindScoringPolicy {
public:
    /// `interviews` and `cards` belong to one application.
    BlindScoringPolicy(QList<Interview> interviews, QList<Scorecard> cards, bool revealedByLead);
    /// The policy over one application's interviews and cards, read from
    /// storage; `revealedByLead` is the opening's Opening::scoresRevealed.
    static Result<BlindScoringPolicy> forApplication(Database& db, RowId applicationId,
                                                     bool revealedByLead);

    const QList<Interview>& interviews() const { return m_interviews; }
    /// Every card of the application, drafts included: for the readers in
    /// lib/core/scoring only, which hand out what maySee() allows.
    const QList<Scorecard>& cards() const { return m_cards; }

    /// Whether `viewer` sits on at least one of the interviews.
    bool owesScorecards(RowId viewer) const;
    /// Whether `viewer` has submitted all their cards for this application
    /// (false for someone who owes none).
    bool hasSubmittedOwn(RowId viewer) const;
    /// Whether every seat of every interview has a submitted card (true for
    /// an application without interviews: there is nothing to wait for).
    bool everyScorecardSubmitted() const;
    bool maySee(RowId viewer, const Scorecard& card) const;
    /// The cards `viewer` may see, in their original order.
    QList<Scorecard> visibleTo(RowId viewer) const;
    /// How many submitted cards of others are hidden from `viewer`.
    int hiddenCount(RowId viewer) const;
    /// What is hidden from `viewer`, out of how many submitted cards, and why.
    WithheldScorecards withheldFrom(RowId viewer) const;

private:
    bool submittedBy(RowId interviewId, RowId panelistId) const;

    QList<Interview> m_interviews;
    QList<Scorecard> m_cards;
    bool m_revealed = false;
};

} // namespace debrief
