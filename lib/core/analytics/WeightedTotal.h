#pragma once

#include "debrief_core_export.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace debrief {

class RatingMatrix;

/// A finalist's weighted total on 0–100, and how much of it rests on
/// missing ratings.
///
/// Definition (docs/ANALYTICS.md): every score s on a 1..k scale becomes
/// (s - 1) / (k - 1); per criterion the panel's mean of those is taken over
/// the panelists who assessed it; the total is the weighted mean of these
/// criterion means over the criteria with at least one rating (weights
/// renormalised over them), times 100. "Not assessed" is left out, never
/// counted as zero.
struct DEBRIEF_CORE_EXPORT WeightedTotal {
    Q_DECLARE_TR_FUNCTIONS(WeightedTotal)

public:
    /// std::nullopt when no weighted criterion has a rating.
    std::optional<double> points;
    /// The weight of the criteria the total rests on, as a share (0..1) of
    /// the rubric's total weight.
    double assessedWeightShare = 0.0;
    /// Criteria nobody on the finalist's panel assessed.
    int criteriaWithoutRating = 0;
    /// Ratings expected: the finalist's scorecards times the criteria.
    int expectedRatings = 0;
    /// Of those, marked "not assessed".
    int missingRatings = 0;

    /// The total of one finalist in `matrix`.
    static WeightedTotal of(const RatingMatrix& matrix, int finalist);
    /// The panel's mean normalised score (0..1) of one finalist on one
    /// criterion; std::nullopt when nobody assessed it.
    static std::optional<double> criterionMean(const RatingMatrix& matrix, int finalist,
                                               int criterion);
    /// One sentence saying how much is missing, for the comparison view and
    /// reports ("2 of 16 ratings not assessed; …").
    QString missingNote() const;
};

} // namespace debrief
