#include "TieDetector.h"

#include "BootstrapTable.h"
#include "RatingMatrix.h"
#include "SeededIndexSampler.h"
#include "WeightedTotal.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace debrief {

namespace {

/// Totals closer than this (on 0–100) are equal: they differ by rounding.
constexpr double kTieTolerance = 1e-9;

/// Win and tie tallies of one pair over the resamples, in half-wins so the
/// sums stay exact integers.
struct PairTally {
    int first = 0;
    int second = 0;
    std::int64_t halfWins = 0;
    int undecided = 0;
};

/// Percentile by linear interpolation between order statistics (R's
/// quantile type 7) of already sorted values.
double percentile(const std::vector<double>& sorted, double level) {
    const double position = level * double(sorted.size() - 1);
    const auto below = std::size_t(std::floor(position));
    const std::size_t above = std::min(below + 1, sorted.size() - 1);
    return sorted[below] + (position - double(below)) * (sorted[above] - sorted[below]);
}

Status checkOptions(const TieOptions& options) {
    if (options.resamples < TieDetector::kMinimumResamples)
        return Error{TieDetector::tr("Tie detection needs at least %1 resamples, not %2.")
                         .arg(TieDetector::kMinimumResamples)
                         .arg(options.resamples)};
    if (!(options.threshold > 0.5 && options.threshold <= 1.0))
        return Error{TieDetector::tr("The tie threshold must lie above 0.5 and at most 1, not %1.")
                         .arg(options.threshold)};
    if (!(options.intervalLevel > 0.0 && options.intervalLevel < 1.0))
        return Error{TieDetector::tr("The interval level must lie between 0 and 1, not %1.")
                         .arg(options.intervalLevel)};
    return {};
}

/// Draws one resample of the panel as how often each panelist sits on it.
void drawPanel(SeededIndexSampler& sampler, std::vector<std::int32_t>& counts) {
    std::fill(counts.begin(), counts.end(), 0);
    const auto size = std::uint32_t(counts.size());
    for (std::uint32_t i = 0; i < size; ++i)
        ++counts[sampler.below(size)];
}

void tally(PairTally& pair, double first, double second) {
    if (std::isnan(first) || std::isnan(second)) {
        ++pair.undecided;
        ++pair.halfWins;
    } else if (std::abs(first - second) <= kTieTolerance) {
        ++pair.halfWins;
    } else if (first > second) {
        pair.halfWins += 2;
    }
}

TieVerdict verdictFor(double probabilityFirstAhead, double threshold) {
    if (probabilityFirstAhead >= threshold)
        return TieVerdict::FirstAhead;
    if (1.0 - probabilityFirstAhead >= threshold)
        return TieVerdict::SecondAhead;
    return TieVerdict::TooCloseToCall;
}

TotalInterval intervalOf(int finalist, const std::vector<double>& totals, int finalists,
                         double level) {
    TotalInterval interval;
    interval.finalist = finalist;
    std::vector<double> defined;
    defined.reserve(totals.size() / std::size_t(finalists));
    for (std::size_t i = std::size_t(finalist); i < totals.size(); i += std::size_t(finalists)) {
        if (!std::isnan(totals[i]))
            defined.push_back(totals[i]);
    }
    interval.definedResamples = int(defined.size());
    if (defined.empty())
        return interval;
    std::sort(defined.begin(), defined.end());
    interval.low = percentile(defined, (1.0 - level) / 2.0);
    interval.high = percentile(defined, 1.0 - (1.0 - level) / 2.0);
    return interval;
}

FinalistPair pairOf(const RatingMatrix& matrix, const PairTally& tally, int resamples,
                    double threshold) {
    FinalistPair pair;
    pair.first = tally.first;
    pair.second = tally.second;
    pair.firstTotal = WeightedTotal::of(matrix, tally.first).points;
    pair.secondTotal = WeightedTotal::of(matrix, tally.second).points;
    if (pair.firstTotal && pair.secondTotal)
        pair.gap = *pair.firstTotal - *pair.secondTotal;
    pair.probabilityFirstAhead = double(tally.halfWins) / (2.0 * double(resamples));
    pair.undecidedResamples = tally.undecided;
    pair.verdict = verdictFor(pair.probabilityFirstAhead, threshold);
    pair.contributions = GapContribution::between(matrix, tally.first, tally.second);
    return pair;
}

} // namespace

Result<TieReport> TieDetector::run(const RatingMatrix& matrix, const TieOptions& options) {
    if (Status valid = checkOptions(options); !valid)
        return valid.error();
    BootstrapTable table(matrix);
    const int finalists = table.finalists();
    std::vector<PairTally> tallies;
    for (int a = 0; a < finalists; ++a) {
        for (int b = a + 1; b < finalists; ++b)
            tallies.push_back({a, b, 0, 0});
    }
    // Everything the loop touches is allocated here, once.
    std::vector<std::int32_t> counts(std::size_t(table.panelists()), 0);
    std::vector<double> totals(std::size_t(options.resamples) * std::size_t(finalists));
    SeededIndexSampler sampler(options.seed);
    for (int r = 0; r < options.resamples; ++r) {
        drawPanel(sampler, counts);
        double* resampled = totals.data() + std::size_t(r) * std::size_t(finalists);
        table.totals(counts.data(), resampled);
        for (PairTally& pair : tallies)
            tally(pair, resampled[pair.first], resampled[pair.second]);
    }

    TieReport report;
    report.options = options;
    report.panelists = table.panelists();
    for (const PairTally& pair : tallies)
        report.pairs.append(pairOf(matrix, pair, options.resamples, options.threshold));
    for (int f = 0; f < finalists; ++f)
        report.intervals.append(intervalOf(f, totals, finalists, options.intervalLevel));
    return report;
}

QString TieDetector::describe(const RatingMatrix& matrix, const FinalistPair& pair) {
    const QString first = matrix.finalists().at(pair.first).name;
    const QString second = matrix.finalists().at(pair.second).name;
    // Without a total (nothing scored, or every score hidden by blind
    // scoring) there is nothing to resample: "too close to call" would claim
    // a comparison that was never made.
    if (!pair.firstTotal || !pair.secondTotal)
        return tr("%1 and %2: not compared, %3 has no weighted total")
            .arg(first, second, !pair.firstTotal ? first : second);
    switch (pair.verdict) {
    case TieVerdict::FirstAhead:
        return tr("%1 ahead of %2 (P = %3)")
            .arg(first, second, QString::number(pair.probabilityFirstAhead, 'f', 2));
    case TieVerdict::SecondAhead:
        return tr("%1 ahead of %2 (P = %3)")
            .arg(second, first, QString::number(1.0 - pair.probabilityFirstAhead, 'f', 2));
    case TieVerdict::TooCloseToCall:
        break;
    }
    return tr("%1 and %2: too close to call (P = %3)")
        .arg(first, second,
             QString::number(std::max(pair.probabilityFirstAhead, 1.0 - pair.probabilityFirstAhead),
                             'f', 2));
}

} // namespace debrief
