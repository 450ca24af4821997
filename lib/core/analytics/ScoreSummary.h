#pragma once

#include "debrief_core_export.h"

#include <QList>

#include <optional>

namespace debrief {

/// What the panel's scores for one finalist on one criterion look like, in
/// the criterion's own scale units.
struct DEBRIEF_CORE_EXPORT ScoreSummary {
    /// Scores given (the ratings every other figure rests on).
    int count = 0;
    /// Scorecards on the finalist that marked the criterion "not assessed".
    int notAssessed = 0;
    /// std::nullopt when count is 0.
    std::optional<double> mean;
    /// The middle score; the mean of the two middle ones for an even count.
    std::optional<double> median;
    std::optional<int> minimum;
    std::optional<int> maximum;
    /// Sample standard deviation (n − 1 in the denominator, as R's sd());
    /// std::nullopt below two scores.
    std::optional<double> standardDeviation;

    /// The summary of some scores (notAssessed stays 0).
    static ScoreSummary of(const QList<int>& scores);
};

} // namespace debrief
