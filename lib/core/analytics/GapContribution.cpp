#include "GapContribution.h"

#include "RatingMatrix.h"
#include "WeightedTotal.h"

#include <algorithm>
#include <cmath>
#include <optional>

namespace debrief {

namespace {

/// The weight a finalist's total rests on: that of the assessed criteria.
double assessedWeight(const RatingMatrix& matrix, int finalist) {
    double weight = 0.0;
    for (int c = 0; c < matrix.criterionCount(); ++c) {
        if (WeightedTotal::criterionMean(matrix, finalist, c))
            weight += matrix.criteria().at(c).weight;
    }
    return weight;
}

} // namespace

QList<GapContribution> GapContribution::between(const RatingMatrix& matrix, int first, int second) {
    const double firstWeight = assessedWeight(matrix, first);
    const double secondWeight = assessedWeight(matrix, second);
    if (firstWeight <= 0.0 || secondWeight <= 0.0)
        return {};
    QList<GapContribution> contributions;
    double gap = 0.0;
    for (int c = 0; c < matrix.criterionCount(); ++c) {
        const double weight = matrix.criteria().at(c).weight;
        const double a = WeightedTotal::criterionMean(matrix, first, c).value_or(0.0);
        const double b = WeightedTotal::criterionMean(matrix, second, c).value_or(0.0);
        GapContribution item;
        item.criterion = c;
        item.points = 100.0 * (weight / firstWeight * a - weight / secondWeight * b);
        gap += item.points;
        contributions.append(item);
    }
    // Equal totals (up to rounding) have no gap to share out.
    const bool noGap = std::abs(gap) < 1e-9;
    for (GapContribution& item : contributions)
        item.share = noGap ? 0.0 : item.points / gap;
    // |share| is |points| / |gap|, so this orders by share whenever there is one.
    std::stable_sort(contributions.begin(), contributions.end(),
                     [](const GapContribution& x, const GapContribution& y) {
                         return std::abs(x.points) > std::abs(y.points);
                     });
    return contributions;
}

} // namespace debrief
