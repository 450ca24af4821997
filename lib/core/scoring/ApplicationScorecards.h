#pragma once

#include "Result.h"
#include "ScoreViewer.h"
#include "WithheldScorecards.h"
#include "debrief_core_export.h"
#include "domain/Interview.h"
#include "domain/Scorecard.h"

#include <QList>

namespace debrief {

class Database;

/// One application's scorecards as one viewer may see them, read from
/// storage with BlindScoringPolicy applied on the way out: the comparison,
/// the reports, the talent pool and the drafts read cards through here, so a
/// card the viewer may not see never reaches them.
struct DEBRIEF_CORE_EXPORT ApplicationScorecards {
    /// The application's interviews, in InterviewRepository's order.
    QList<Interview> interviews;
    /// The submitted cards the viewer may see (their own and, as the policy
    /// allows, their colleagues'), in ScorecardRepository's order.
    QList<Scorecard> submitted;
    /// Drafts of the application, anyone's: counted, never shown.
    int drafts = 0;
    /// What is hidden from the viewer and why.
    WithheldScorecards withheld;

    /// Reads `applicationId`'s cards as `viewer` may see them;
    /// `revealedByLead` is the opening's Opening::scoresRevealed.
    static Result<ApplicationScorecards> load(Database& db, RowId applicationId,
                                              const ScoreViewer& viewer, bool revealedByLead);
    /// The same, reading whether the application's opening is revealed.
    static Result<ApplicationScorecards> load(Database& db, RowId applicationId,
                                              const ScoreViewer& viewer);
};

} // namespace debrief
