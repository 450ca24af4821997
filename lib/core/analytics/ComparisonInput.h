#pragma once

#include "RatingMatrix.h"
#include "Result.h"
#include "debrief_core_export.h"
#include "domain/Enums.h"
#include "domain/RowId.h"
#include "domain/Scorecard.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

namespace debrief {

class Database;

/// The finalists of one opening read from storage into a RatingMatrix, and
/// what was left out on the way.
///
/// Rules (docs/ANALYTICS.md): only submitted scorecards count, drafts never.
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
    /// Submitted scorecards read, and drafts of the finalists ignored.
    int submittedScorecards = 0;
    int draftScorecards = 0;
    /// Scores on criteria of an older rubric version with no counterpart.
    int unmatchedRatings = 0;
    /// Scores replaced by a later submitted score of the same panelist.
    int supersededRatings = 0;

    /// Reads the finalists of `openingId`: the given applications in the
    /// given order (each must belong to the opening), or when none are
    /// given every application at an interview stage or later (interview,
    /// final, offer, hired) with at least one submitted scorecard, oldest
    /// application first. Panelists are the opening's panel in seat order
    /// that submitted a scorecard on a finalist, then anyone else who did.
    static Result<ComparisonInput> load(Database& db, RowId openingId,
                                        const QList<RowId>& applicationIds = {});
    /// Whether an application at this stage is compared by default.
    static bool isComparedByDefault(PipelineStage stage);
    /// One sentence on what was read and what was left out.
    QString summary() const;

private:
    /// Enters one submitted card into the matrix, counting what is left out.
    void addCard(int finalist, int panelist, const Scorecard& card,
                 const QHash<RowId, int>& positions);
};

} // namespace debrief
