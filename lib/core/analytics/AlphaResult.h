#pragma once

#include <QString>

#include <optional>

namespace debrief {

/// The level of measurement Krippendorff's alpha treats values at: which
/// differences between two scores count as how much disagreement.
enum class MeasurementLevel { Nominal, Ordinal, Interval };

/// Krippendorff's alpha for one criterion and what it rests on.
struct AlphaResult {
    MeasurementLevel level = MeasurementLevel::Ordinal;
    /// std::nullopt when undefined: no unit with two values, or no
    /// variation at all among the pairable values (expected disagreement 0).
    std::optional<double> alpha;
    /// Units (finalists) with at least two values: the pairable ones.
    int units = 0;
    /// Coders (panelists) who gave at least one pairable value.
    int coders = 0;
    /// Values in pairable units (n in Krippendorff's notation).
    int pairableValues = 0;
    /// Values left out because they were the only one in their unit.
    int unpairableValues = 0;
    /// One sentence on what the figure rests on and how missing values were
    /// handled.
    QString basis;
};

} // namespace debrief
