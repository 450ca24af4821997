#pragma once

#include "GapContribution.h"

#include <QList>

#include <cstdint>
#include <optional>

namespace debrief {

/// How the tie detection resamples the panel.
struct TieOptions {
    /// Any fixed seed gives reproducible output; the same seed and input give
    /// the same report on every platform.
    std::uint64_t seed = 1979;
    /// Bootstrap resamples of the panel; at least TieDetector::kMinimumResamples.
    int resamples = 2000;
    /// A pair is "too close to call" unless one finalist outranks the other
    /// in at least this share of the resamples; in (0.5, 1].
    double threshold = 0.75;
    /// Coverage of each finalist's percentile interval, in (0, 1).
    double intervalLevel = 0.90;

    friend bool operator==(const TieOptions&, const TieOptions&) = default;
};

/// What the resampling says about a pair of finalists.
enum class TieVerdict { FirstAhead, SecondAhead, TooCloseToCall };

/// Two finalists compared on the weighted total; first < second in the
/// matrix's order.
struct FinalistPair {
    int first = -1;
    int second = -1;
    /// The observed weighted totals (WeightedTotal::points).
    std::optional<double> firstTotal;
    std::optional<double> secondTotal;
    /// firstTotal − secondTotal; std::nullopt when either is undefined.
    std::optional<double> gap;
    /// Share of resamples in which the first finalist's total is higher,
    /// equal totals (within 1e-9) and undefined ones counting one half.
    double probabilityFirstAhead = 0.5;
    /// Resamples in which either total was undefined (no resampled panelist
    /// rated that finalist); they count as ties.
    int undecidedResamples = 0;
    TieVerdict verdict = TieVerdict::TooCloseToCall;
    /// Which criteria make up the observed gap, largest first.
    QList<GapContribution> contributions;

    friend bool operator==(const FinalistPair&, const FinalistPair&) = default;
};

/// A percentile interval of one finalist's weighted total over the resamples.
struct TotalInterval {
    int finalist = -1;
    /// std::nullopt when no resample defined the total.
    std::optional<double> low;
    std::optional<double> high;
    /// Resamples in which the total was defined.
    int definedResamples = 0;

    friend bool operator==(const TotalInterval&, const TotalInterval&) = default;
};

/// The output of TieDetector::run: every pair of finalists, and an interval
/// per finalist.
struct TieReport {
    TieOptions options;
    /// Panelists resampled (the matrix's panel).
    int panelists = 0;
    /// Every pair (i, j) with i < j, ordered by i, then j.
    QList<FinalistPair> pairs;
    /// One per finalist, in the matrix's order.
    QList<TotalInterval> intervals;

    /// The pair of two finalists in either order; nullptr when unknown.
    const FinalistPair* pair(int a, int b) const {
        for (const FinalistPair& p : pairs) {
            if ((p.first == a && p.second == b) || (p.first == b && p.second == a))
                return &p;
        }
        return nullptr;
    }

    friend bool operator==(const TieReport&, const TieReport&) = default;
};

} // namespace debrief
