#pragma once

#include "debrief_core_export.h"

#include <QList>

namespace debrief {

class RatingMatrix;

/// How much one criterion adds to the gap between two finalists' weighted
/// totals: which criteria decided it, so the runner-up can be told why.
struct DEBRIEF_CORE_EXPORT GapContribution {
    int criterion = -1;
    /// Total points (0–100 scale) this criterion puts between the first and
    /// the second finalist: 100 × (w/W_first × mean_first − w/W_second ×
    /// mean_second), where W is the weight each total rests on and a mean
    /// nobody assessed counts 0. Positive favours the first finalist; the
    /// points of all criteria add up to the gap exactly.
    double points = 0.0;
    /// points / gap; 0 when the totals are equal (within 1e-9 points).
    double share = 0.0;

    /// The contributions of every criterion to total(first) − total(second),
    /// largest |points| (so |share|) first, ties in criterion order. Empty when either
    /// total is undefined.
    static QList<GapContribution> between(const RatingMatrix& matrix, int first, int second);

    friend bool operator==(const GapContribution&, const GapContribution&) = default;
};

} // namespace debrief
