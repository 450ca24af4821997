#pragma once

#include "Result.h"
#include "TieReport.h"
#include "debrief_core_export.h"

#include <QCoreApplication>
#include <QString>

namespace debrief {

class RatingMatrix;

/// Says whether the panel's scores really separate two finalists or whether
/// the pair is too close to call, by resampling the panel.
///
/// Each resample draws as many panelists as the panel has, with replacement
/// (a seeded bootstrap), and recomputes every finalist's weighted total
/// exactly as WeightedTotal defines it, on that same resampled panel. The
/// share of resamples in which one finalist outranks the other estimates
/// the probability that it would stay ahead with a different panel drawn
/// from the same pool.
class DEBRIEF_CORE_EXPORT TieDetector {
    Q_DECLARE_TR_FUNCTIONS(TieDetector)

public:
    static constexpr int kMinimumResamples = 2000;

    /// Every pair of finalists; refuses options out of range.
    static Result<TieReport> run(const RatingMatrix& matrix, const TieOptions& options = {});
    /// A short verdict with the names from the matrix ("Ada ahead of Ben
    /// (P = 0.93)", "Ada and Ben: too close to call (P = 0.61)").
    static QString describe(const RatingMatrix& matrix, const FinalistPair& pair);
};

} // namespace debrief
