#pragma once

#include "FinalistSet.h"
#include "RatingMatrix.h"
#include "Result.h"
#include "debrief_core_export.h"
#include "domain/Enums.h"
#include "domain/RowId.h"
#include "domain/Scorecard.h"
#include "scoring/ScoreViewer.h"
#include "scoring/WithheldScorecards.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace debrief {

class Database;

/// The finalists of one opening read from storage into a RatingMatrix, and
/// what was left out on the way.
///
/// Rules (docs/ANALYTICS.md): only submitted scorecards count, drafts never,
/// and only those the viewer may see (BlindScoringPolicy): a hidden card is
/// never read into the matrix, only counted per finalist in `withheld`.
/// The criteria are those of the opening's current rubric; a rating made
/// against an older version counts for the current criterion of the same
/// name and scale, and is left out (counted in unmatchedRatings) when there
/// is none. A panelist who scored a finalist in several interviews counts
/// once: per criterion the most recently submitted score, and the most
/// recent recommendation.
struct DEBRIEF_CORE_EXPORT ComparisonInput {
    Q_DECLARE_TR_FUNCTIONS(ComparisonInput)

public:
    RatingMatrix matrix;
    /// The rubric version whose criteria the matrix has.
    RowId rubricId = kNoRow;
    /// Whose view of the scores the matrix holds.
    ScoreViewer viewer;
    /// Which applications were asked for (the matrix's finalists).
    FinalistSet finalists;
    /// Per finalist (the matrix's order): what blind scoring hid from the viewer.
    QList<WithheldScorecards> withheld;
    /// Submitted scorecards read, and drafts of the finalists ignored.
    int submittedScorecards = 0;
    int draftScorecards = 0;
    /// Scores on criteria of an older rubric version with no counterpart.
    int unmatchedRatings = 0;
    /// Scores replaced by a later submitted score of the same panelist.
    int supersededRatings = 0;

    /// Reads the finalists of `openingId` as `viewer` may see them: the
    /// set's applications in its order (each must belong to the opening),
    /// or for FinalistSet::Basis::Stage every application at an interview
    /// stage or later (interview, final, offer, hired) with at least one
    /// submitted scorecard (seen or not), oldest application first.
    /// Panelists are the opening's panel in seat order whose card on a
    /// finalist the viewer may see, then anyone else's.
    /// FinalistSet::forOpening gives the set a comparison shows by default.
    static Result<ComparisonInput> load(Database& db, RowId openingId, const ScoreViewer& viewer,
                                        const FinalistSet& finalists = {});
    /// Whether an application at this stage is compared by default.
    static bool isComparedByDefault(PipelineStage stage);
    /// One sentence on what was read and what was left out.
    QString summary() const;
    /// Submitted scorecards hidden from the viewer, over every finalist.
    int withheldScorecards() const;
    /// Finalists with at least one submitted scorecard, whether the viewer
    /// may see it or not: a comparison needs two.
    int scoredFinalists() const;
    /// One line per finalist with hidden cards: "Zoë Brandt: 2 of 5
    /// scorecards hidden until you submit yours.", in the matrix's order.
    QStringList withheldNotes() const;
    /// The same for some finalists only (indices into the matrix).
    QStringList withheldNotes(const QList<int>& shown) const;

private:
    /// Enters one submitted card into the matrix, counting what is left out.
    void addCard(int finalist, int panelist, const Scorecard& card,
                 const QHash<RowId, int>& positions);
};

} // namespace debrief
