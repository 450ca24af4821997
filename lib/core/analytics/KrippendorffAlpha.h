#pragma once

#include "AlphaResult.h"
#include "debrief_core_export.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace debrief {

class RatingMatrix;

/// Krippendorff's alpha reliability, computed from the coincidence matrix
/// as in Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability":
/// alpha = 1 − (n − 1) Σ o_ck δ²_ck / Σ n_c n_k δ²_ck over the values c, k.
/// Every pairable value counts: a unit with m ≥ 2 values contributes its
/// m(m − 1) ordered pairs with weight 1 / (m − 1); missing values are just
/// absent, so panelists need not have rated the same finalists.
class DEBRIEF_CORE_EXPORT KrippendorffAlpha {
    Q_DECLARE_TR_FUNCTIONS(KrippendorffAlpha)

public:
    /// Reliability data: one row per unit, one entry per coder
    /// (std::nullopt: no value). Rows may differ in length.
    using Data = QList<QList<std::optional<int>>>;

    static AlphaResult compute(const Data& data, MeasurementLevel level);
    /// Alpha of one criterion: finalists are the units, panelists the coders.
    static AlphaResult compute(const RatingMatrix& matrix, int criterion, MeasurementLevel level);
};

} // namespace debrief
