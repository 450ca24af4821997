#pragma once

#include "debrief_core_export.h"

#include <QList>

namespace debrief {

class RatingMatrix;

/// The finalists and panelists an intraclass correlation can use for one
/// criterion: the ICC's two-way ANOVA needs every included panelist's score
/// on every included finalist (listwise deletion, as psych::ICC with
/// lmer = FALSE requires).
///
/// Which panelists to include decides how much listwise deletion throws
/// away, so the block is chosen, not taken as given: among all sets of at
/// least two panelists, the one whose complete finalists (rated by every
/// panelist of the set) give the most scores, counting only blocks with at
/// least two finalists; ties go to more panelists, then to the set that
/// keeps the earlier panelists (lexicographically smallest index list).
/// Panels of up to kExhaustiveLimit panelists are searched exhaustively;
/// larger ones only among the top-k sets (the k panelists who rated most,
/// earlier first on equal counts). Only the first 64 panelists take part.
struct DEBRIEF_CORE_EXPORT CompleteBlock {
    static constexpr int kExhaustiveLimit = 16;

    /// Indices into the matrix, ascending. Both empty when no block has two
    /// finalists and two panelists.
    QList<int> finalists;
    QList<int> panelists;
    /// Panelists and finalists with at least one score on the criterion.
    int panelistsWithScores = 0;
    int finalistsWithScores = 0;

    int scores() const { return int(finalists.size() * panelists.size()); }

    static CompleteBlock largest(const RatingMatrix& matrix, int criterion);
};

} // namespace debrief
