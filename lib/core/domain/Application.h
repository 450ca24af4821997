#pragma once

#include "Enums.h"
#include "RowId.h"
#include "debrief_core_export.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QUuid>

namespace debrief {

/// One candidate applying to one opening, and where that stands.
struct DEBRIEF_CORE_EXPORT Application {
    RowId id = kNoRow;
    QUuid uuid;
    RowId candidateId = kNoRow;
    RowId openingId = kNoRow;
    PipelineStage stage = PipelineStage::Applied;
    /// The furthest stage reached before a rejection or withdrawal; decides
    /// which rejection message fits.
    PipelineStage furthestStage = PipelineStage::Applied;
    QDate appliedOn;
    /// The date the panel promised the candidate an answer by, if any.
    QDate promisedResponseDate;
    /// The panel would happily hire this person for another role.
    bool talentPool = false;
    QString notes;
    QDateTime updatedAt;
    /// Kept waiting on purpose, e.g. a runner-up until the chosen candidate
    /// accepts an offer: neither rejected nor moved on meanwhile.
    bool onHold = false;
    /// Why the application is on hold (empty when it is not).
    QString holdReason;

    /// The candidate was promised an answer before `today` and is still
    /// waiting for it.
    bool isOverdue(const QDate& today) const;
    /// Whole days past the promised date (0 when not overdue).
    qint64 daysOverdue(const QDate& today) const;

    /// The stored row's version when this was read (migration 10): a save
    /// passes it back and is refused when the row has moved on since.
    int rowVersion = 1;

    friend bool operator==(const Application&, const Application&) = default;
};

} // namespace debrief
