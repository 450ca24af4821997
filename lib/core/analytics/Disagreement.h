#pragma once

#include "debrief_core_export.h"

namespace debrief {

struct ScoreSummary;

/// When the panel disagrees about a finalist on one criterion, so the
/// comparison view can point the debrief at it.
///
/// Rule: at least two scores, and either a sample standard deviation of one
/// scale point or more, or scores two or more points apart. Either is enough
/// because a single outlier raises the range before it moves the deviation.
class DEBRIEF_CORE_EXPORT Disagreement {
public:
    static constexpr double kMinimumStandardDeviation = 1.0;
    static constexpr int kMinimumRange = 2;

    static bool among(const ScoreSummary& summary);
};

} // namespace debrief
