#pragma once

#include "domain/Rubric.h"

#include <QList>
#include <QSet>
#include <QUuid>

namespace debrief {

/// Everything the rubric editor lets the user change, as one value, so that
/// every undo step can restore it exactly. Criteria are known by uuid here
/// because criteria added in the editor have no row id yet.
struct RubricEditState {
    Rubric rubric;
    /// Parallel to the opening's rounds: the criteria each round assesses.
    QList<QSet<QUuid>> roundCriteria;
    /// The selected criterion, -1 for none.
    int current = -1;

    friend bool operator==(const RubricEditState&, const RubricEditState&) = default;
};

} // namespace debrief
