#pragma once

#include "ComparisonReport.h"
#include "debrief_core_export.h"

#include <QCoreApplication>
#include <QString>

namespace debrief {

class RatingMatrix;

/// The tie detector's verdict on a pair of finalists in plain words, for
/// people who do not read "P = 0.83". Shared by the comparison view and the
/// PDF report, so both say the same words.
class DEBRIEF_CORE_EXPORT TieVerdictText {
    Q_DECLARE_TR_FUNCTIONS(TieVerdictText)

public:
    /// "Aoife is ahead of Miguel in 83% of resamples of the panel: a real
    /// lead." or "… only 61% …: too close to call."
    static QString of(const RatingMatrix& matrix, const FinalistPair& pair);
    /// The finalists ranked by weighted total, one line per neighbouring
    /// pair: whether the panel really separates each place from the next;
    /// then one line per finalist without a total, who cannot be ranked.
    static QString of(const RatingMatrix& matrix, const ComparisonReport& report);
    /// Why a finalist is left out of the verdicts.
    static QString withoutTotal(const RatingMatrix& matrix, int finalist);
};

} // namespace debrief
