#pragma once

#include "AlphaResult.h"
#include "IccResult.h"

#include <QList>

#include <optional>

namespace debrief {

/// The limits PanelCalibration judges panelists by (docs/ANALYTICS.md).
struct CalibrationOptions {
    /// A panelist whose mean offset from the rest of the panel is at least
    /// this many points (0–100 scale) is lenient, at most minus it severe.
    double leniencyThreshold = 10.0;
    /// Comparisons a panelist needs before being called lenient or severe.
    int leniencyMinimumComparisons = 3;
    /// A scorecard is eligible for the halo check with at least this many
    /// assessed criteria.
    int haloMinimumCriteria = 4;
    /// A scorecard is flat when the standard deviation (population) of its
    /// normalised (0..1) scores is at most this.
    double haloMaximumSpread = 0.1;
    /// A panelist gets the halo flag when more than half of at least this
    /// many eligible scorecards are flat.
    int haloMinimumScorecards = 2;

    friend bool operator==(const CalibrationOptions&, const CalibrationOptions&) = default;
};

enum class Leniency { Typical, Lenient, Severe, Unknown };

/// How one panelist scores compared with the rest of the panel.
struct PanelistCalibration {
    int panelist = -1;
    /// Mean of (their normalised score − the mean normalised score of the
    /// other panelists on the same finalist and criterion), × 100: points
    /// on the 0–100 scale of the weighted total. std::nullopt without any
    /// comparison.
    std::optional<double> meanOffset;
    /// Sample standard deviation of those offsets (×100); std::nullopt
    /// below two comparisons.
    std::optional<double> offsetSpread;
    /// (finalist, criterion) scores that had at least one other panelist's
    /// score to compare with, and the finalists they cover.
    int comparisons = 0;
    int finalists = 0;
    Leniency leniency = Leniency::Unknown;
    /// Scorecards with at least haloMinimumCriteria assessed criteria, and
    /// how many of them are flat.
    int haloEligibleScorecards = 0;
    int flatScorecards = 0;
    bool halo = false;
};

/// The inter-rater agreement on one criterion.
struct CriterionAgreement {
    int criterion = -1;
    IccResult icc;
    /// Krippendorff's alpha at the ordinal level (the scales are ordinal).
    AlphaResult alpha;
};

struct CalibrationReport {
    CalibrationOptions options;
    /// One per panelist, in the matrix's order.
    QList<PanelistCalibration> panelists;
    /// One per criterion, in the matrix's order.
    QList<CriterionAgreement> criteria;
};

} // namespace debrief
