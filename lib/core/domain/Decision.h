#pragma once

#include "Enums.h"
#include "RowId.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QUuid>

namespace debrief {

/// What the decision says about one finalist's application.
struct DecisionOutcome {
    RowId applicationId = kNoRow;
    DecisionRole role = DecisionRole::NotSelected;
    /// 1 for the first runner-up, 2 for the next…; 0 when not a runner-up.
    int rank = 0;

    friend bool operator==(const DecisionOutcome&, const DecisionOutcome&) = default;
};

/// The panel's recorded choice for an opening and why, so the runner-up can
/// be told something true and found again later.
struct Decision {
    RowId id = kNoRow;
    QUuid uuid;
    RowId openingId = kNoRow;
    QDateTime decidedAt;
    /// The panelist who recorded the decision (the lead).
    RowId decidedBy = kNoRow;
    QString rationale;
    /// Rubric criteria that decided between the finalists.
    QList<RowId> decidingCriterionIds;
    /// The panel agreed that the deciding factor may be told to candidates.
    bool shareDecidingFactor = false;
    QList<DecisionOutcome> outcomes;

    /// The stored row's version when this was read (migration 10): a save
    /// passes it back and is refused when the row has moved on since.
    int rowVersion = 1;

    friend bool operator==(const Decision&, const Decision&) = default;
};

} // namespace debrief
