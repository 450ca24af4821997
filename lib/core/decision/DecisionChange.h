#pragma once

#include "DecisionPlan.h"
#include "domain/Decision.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace debrief {

/// What one step of DecisionWorkflow wrote (recording, amending, an offer
/// accepted or declined), kept by the caller so DecisionWorkflow::undo()
/// can put back exactly what was there before.
struct DecisionChange {
    /// The step, as audited: "recorded", "amended", "offer_accepted",
    /// "offer_declined".
    QString kind;
    RowId openingId = kNoRow;
    /// The decision before the step; std::nullopt when it recorded it.
    std::optional<Decision> before;
    /// The decision as the step left it.
    Decision after;
    /// Every application the step changed, with its values before and after.
    QList<PlannedChange> applications;
    /// The newest communication log entry when the step was written: an
    /// outbound entry after it for one of the applications is a message that
    /// went out since, and then the step can no longer be undone.
    RowId lastCommunicationId = 0;

    friend bool operator==(const DecisionChange&, const DecisionChange&) = default;
};

} // namespace debrief
