#pragma once

#include "RowId.h"

#include <QDateTime>
#include <QString>
#include <QUuid>

namespace debrief {

/// A person who applied. Personal data: never logged, exported only on
/// purpose, and anonymised after the retention period.
struct Candidate {
    RowId id = kNoRow;
    QUuid uuid;
    QString fullName;
    /// How the candidate likes to be addressed in a greeting.
    QString preferredName;
    QString email;
    QString phone;
    QString location;
    /// Where the application came from (referral, job board, …).
    QString source;
    QString notes;
    QDateTime createdAt;

    /// The stored row's version when this was read (migration 10): a save
    /// passes it back and is refused when the row has moved on since.
    int rowVersion = 1;

    friend bool operator==(const Candidate&, const Candidate&) = default;
};

} // namespace debrief
