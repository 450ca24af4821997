#pragma once

#include "Result.h"
#include "ScoreViewer.h"
#include "WithheldScorecards.h"
#include "debrief_core_export.h"
#include "domain/Interview.h"
#include "domain/Rubric.h"
#include "domain/Scorecard.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace debrief {

class Database;

/// What one panelist may see of one application's scorecards, interview by
/// interview, with BlindScoringPolicy applied. A card the viewer may not see
/// is never loaded into the result, so no view built on it can leak a score,
/// a note or a recommendation by mistake.
struct DEBRIEF_CORE_EXPORT VisibleScorecards {
    enum class Visibility {
        Shown,        ///< `card` holds the scorecard (the viewer's own, or one they may see).
        Hidden,       ///< Submitted, but blind scoring hides it from the viewer.
        NotSubmitted, ///< No card yet, or a colleague's private draft.
    };

    /// One panelist's place on one interview.
    struct Seat {
        RowId panelistId = kNoRow;
        QString panelistName;
        Visibility visibility = Visibility::NotSubmitted;
        std::optional<Scorecard> card;
    };

    struct InterviewCards {
        Interview interview;
        QList<Seat> seats;
        /// What blind scoring hides on this interview, and why (the reason
        /// is the application's: owing a card on another interview of the
        /// candidate hides this one's too).
        WithheldScorecards withheld;

        int hiddenCount() const;
        /// The rubric versions (ids) the shown cards were scored against, in seat order.
        QList<RowId> rubricIds() const;
    };

    QList<InterviewCards> interviews;
    /// The rubric versions of the shown cards, by id.
    QHash<RowId, Rubric> rubrics;
    /// Whether the viewer sat on any of the interviews: submitting their own
    /// cards then lifts the hiding; otherwise the last card of the panel or
    /// the lead's reveal does.
    bool viewerOnPanel = false;
    /// What blind scoring hides from the viewer over the whole application.
    WithheldScorecards withheld;

    /// Everything `viewer` may see of the application's scorecards.
    static Result<VisibleScorecards> load(Database& db, RowId applicationId,
                                          const ScoreViewer& viewer);
};

} // namespace debrief
