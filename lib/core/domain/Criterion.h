#pragma once

#include "RowId.h"

#include <QString>
#include <QStringList>
#include <QUuid>

#include <cmath>

namespace debrief {

/// One thing the panel agreed in advance to judge, with what each level of
/// its rating scale looks like in behaviour (the anchors), so that a 3 means
/// the same to every panelist.
struct Criterion {
    /// The largest weight a criterion may have. Weights are relative (1, 1.5
    /// and 2, or percentages summing to 100); the bound keeps every weighted
    /// total finite, so no report ever shows "nan" or "inf".
    static constexpr double kMaxWeight = 100.0;
    /// The one rule for a weight, wherever a rubric comes from: a finite
    /// number from 0 (kept on the scorecard, not counted) to kMaxWeight.
    static bool isValidWeight(double weight) {
        return std::isfinite(weight) && weight >= 0.0 && weight <= kMaxWeight;
    }

    RowId id = kNoRow;
    QUuid uuid;
    QString name;
    QString description;
    double weight = 1.0;
    int scaleSize = 4;
    /// anchors[i] describes level i + 1; always scaleSize entries.
    QStringList anchors;

    friend bool operator==(const Criterion&, const Criterion&) = default;
};

} // namespace debrief
