#pragma once

#include "IccResult.h"
#include "debrief_core_export.h"

#include <QCoreApplication>
#include <QList>

namespace debrief {

class RatingMatrix;

/// How much of the spread in a criterion's scores lies between finalists
/// rather than between panelists: ICC(1,1), ICC(2,1) and ICC(3,1) as
/// defined by Shrout & Fleiss (1979), from the mean squares of a two-way
/// ANOVA without replication over a complete targets × raters table.
class DEBRIEF_CORE_EXPORT IntraclassCorrelation {
    Q_DECLARE_TR_FUNCTIONS(IntraclassCorrelation)

public:
    /// The ICCs of one criterion over its largest complete block of scores
    /// (CompleteBlock::largest): finalists are the targets, panelists the raters.
    static IccResult compute(const RatingMatrix& matrix, int criterion);
    /// The ICCs of a complete table: one row per target, one column per
    /// rater, every row as long as the first. Rows and columns are numbered
    /// 0.. in the result.
    static IccResult fromTable(const QList<QList<double>>& table);
};

} // namespace debrief
