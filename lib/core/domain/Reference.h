#pragma once

#include "RowId.h"

#include <QDate>
#include <QString>
#include <QUuid>

namespace debrief {

/// A referee for an application. Collected for finalists only by default:
/// asking a candidate's contacts costs the candidate goodwill.
struct Reference {
    RowId id = kNoRow;
    QUuid uuid;
    RowId applicationId = kNoRow;
    QString name;
    /// How the referee knows the candidate ("former manager").
    QString relation;
    QString contact;
    QDate contactedOn;
    QString summary;
    /// The reference raised something the panel must weigh.
    bool concern = false;

    /// The stored row's version when this was read (migration 10): a save
    /// passes it back and is refused when the row has moved on since.
    int rowVersion = 1;

    friend bool operator==(const Reference&, const Reference&) = default;
};

} // namespace debrief
