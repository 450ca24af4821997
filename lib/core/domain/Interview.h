#pragma once

#include "RowId.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QUuid>

namespace debrief {

/// One interview of one application in one round, held by one or more
/// panelists, each of whom writes their own scorecard. A cancelled interview
/// stays on record (history, audit) but owes nobody a scorecard.
struct Interview {
    RowId id = kNoRow;
    QUuid uuid;
    RowId applicationId = kNoRow;
    RowId roundId = kNoRow;
    QDateTime scheduledAt;
    int durationMinutes = 45;
    /// Where it takes place (room, address, phone number), if anywhere.
    QString location;
    QList<RowId> panelistIds;
    /// The video call's web address, if it is held online.
    QString videoLink;
    /// The calendar invitation's revision (iCalendar SEQUENCE): grows with
    /// every reschedule, cancellation and undo of one, never goes back.
    int invitationSequence = 0;
    /// When it was cancelled; invalid while the interview stands.
    QDateTime cancelledAt;
    /// Who cancelled it and why (empty while it stands).
    QString cancelledBy;
    QString cancellationReason;

    bool isCancelled() const { return cancelledAt.isValid(); }
    /// When it ends; invalid without a start time.
    QDateTime endsAt() const {
        return scheduledAt.isValid() ? scheduledAt.addSecs(qint64(durationMinutes) * 60)
                                     : QDateTime();
    }
    /// Whether `panelistId` owes a scorecard for this interview: they sit on
    /// it and it was not cancelled. The one place that rule lives.
    bool expectsScorecardFrom(RowId panelistId) const {
        return !isCancelled() && panelistIds.contains(panelistId);
    }

    /// The stored row's version when this was read (migration 10): a save
    /// passes it back and is refused when the row has moved on since.
    int rowVersion = 1;

    friend bool operator==(const Interview&, const Interview&) = default;
};

} // namespace debrief
