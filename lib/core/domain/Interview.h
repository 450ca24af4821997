#pragma once

#include "RowId.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QUuid>

namespace debrief {

/// One interview of one application in one round, held by one or more
/// panelists, each of whom writes their own scorecard.
struct Interview {
    RowId id = kNoRow;
    QUuid uuid;
    RowId applicationId = kNoRow;
    RowId roundId = kNoRow;
    QDateTime scheduledAt;
    int durationMinutes = 45;
    QString location;
    QList<RowId> panelistIds;

    friend bool operator==(const Interview&, const Interview&) = default;
};

} // namespace debrief
