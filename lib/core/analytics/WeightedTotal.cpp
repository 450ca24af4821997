#include "WeightedTotal.h"

#include "AnalyticsText.h"
#include "RatingMatrix.h"

#include <cmath>

namespace debrief {

std::optional<double> WeightedTotal::criterionMean(const RatingMatrix& matrix, int finalist,
                                                   int criterion) {
    double sum = 0.0;
    int count = 0;
    for (int p = 0; p < matrix.panelistCount(); ++p) {
        if (const auto value = matrix.normalisedScore(finalist, p, criterion)) {
            sum += *value;
            ++count;
        }
    }
    if (count == 0)
        return std::nullopt;
    return sum / count;
}

WeightedTotal WeightedTotal::of(const RatingMatrix& matrix, int finalist) {
    WeightedTotal total;
    double allWeight = 0.0;
    double assessedWeight = 0.0;
    double weightedSum = 0.0;
    for (int c = 0; c < matrix.criterionCount(); ++c) {
        const double weight = matrix.criteria().at(c).weight;
        allWeight += weight;
        const auto mean = criterionMean(matrix, finalist, c);
        if (!mean) {
            ++total.criteriaWithoutRating;
            continue;
        }
        assessedWeight += weight;
        weightedSum += weight * *mean;
    }
    for (int p = 0; p < matrix.panelistCount(); ++p) {
        if (!matrix.hasScorecard(finalist, p))
            continue;
        total.expectedRatings += matrix.criterionCount();
        for (int c = 0; c < matrix.criterionCount(); ++c) {
            if (!matrix.score(finalist, p, c))
                ++total.missingRatings;
        }
    }
    // Weights are bounded (Criterion::isValidWeight); the check keeps a
    // total that still overflowed from ever being printed as "nan".
    if (assessedWeight > 0.0) {
        if (const double points = 100.0 * weightedSum / assessedWeight; std::isfinite(points))
            total.points = points;
    }
    if (allWeight > 0.0)
        total.assessedWeightShare = assessedWeight / allWeight;
    return total;
}

QString WeightedTotal::missingNote() const {
    const QString ratings =
        tr("%1 of %2 not assessed")
            .arg(QString::number(missingRatings), AnalyticsText::ratings(expectedRatings));
    if (criteriaWithoutRating == 0)
        return tr("%1; every criterion has at least one rating.").arg(ratings);
    return tr("%1; %n criterion(s) without any rating left out of the total, which rests on "
              "%2% of the rubric's weight.",
              "", criteriaWithoutRating)
        .arg(ratings)
        .arg(QString::number(100.0 * assessedWeightShare, 'f', 0));
}

} // namespace debrief
