#include "ScoreSummary.h"

#include <algorithm>
#include <cmath>

namespace debrief {

ScoreSummary ScoreSummary::of(const QList<int>& scores) {
    ScoreSummary summary;
    summary.count = int(scores.size());
    if (scores.isEmpty())
        return summary;
    QList<int> sorted = scores;
    std::sort(sorted.begin(), sorted.end());
    const qsizetype n = sorted.size();
    summary.minimum = sorted.first();
    summary.maximum = sorted.last();
    summary.median =
        n % 2 == 1 ? double(sorted.at(n / 2)) : (sorted.at(n / 2 - 1) + sorted.at(n / 2)) / 2.0;
    double sum = 0.0;
    for (int s : sorted)
        sum += s;
    const double mean = sum / double(n);
    summary.mean = mean;
    if (n >= 2) {
        double squares = 0.0;
        for (int s : sorted)
            squares += (s - mean) * (s - mean);
        summary.standardDeviation = std::sqrt(squares / double(n - 1));
    }
    return summary;
}

} // namespace debrief
