#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace debrief {

/// Single-rater intraclass correlations of one criterion after Shrout &
/// Fleiss (1979), with the block of scores they rest on.
struct IccResult {
    /// ICC(1,1): one-way random effects, each finalist rated by different
    /// panelists. std::nullopt when undefined (fewer than two finalists or
    /// panelists in the block, or a zero denominator).
    std::optional<double> icc1;
    /// ICC(2,1): two-way random effects, absolute agreement.
    std::optional<double> icc2;
    /// ICC(3,1): two-way mixed effects, consistency.
    std::optional<double> icc3;
    /// The complete block (targets × raters) the figures rest on: indices
    /// into the matrix when computed from one.
    QList<int> finalists;
    QList<int> panelists;
    /// Finalists and panelists with scores on the criterion that listwise
    /// deletion left out.
    int finalistsLeftOut = 0;
    int panelistsLeftOut = 0;
    /// The two-way ANOVA mean squares: between targets (BMS), within
    /// targets (WMS), between raters (JMS) and residual (EMS).
    double meanSquareTargets = 0.0;
    double meanSquareWithin = 0.0;
    double meanSquareRaters = 0.0;
    double meanSquareResidual = 0.0;
    /// One sentence on how many finalists and panelists the figures rest on
    /// and how missing ratings were handled.
    QString basis;

    int targets() const { return int(finalists.size()); }
    int raters() const { return int(panelists.size()); }
};

} // namespace debrief
