#pragma once

#include "Criterion.h"
#include "RowId.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QUuid>

namespace debrief {

/// The criteria an opening is scored on. Rubrics are versioned: all versions
/// of one rubric share a familyUuid, and a scorecard keeps the version it was
/// scored against even after the rubric is edited.
struct Rubric {
    RowId id = kNoRow;
    QUuid uuid;
    QUuid familyUuid;
    int version = 1;
    /// The opening this rubric belongs to; kNoRow for a reusable template.
    RowId openingId = kNoRow;
    QString name;
    QString description;
    QDateTime createdAt;
    /// In display order.
    QList<Criterion> criteria;

    friend bool operator==(const Rubric&, const Rubric&) = default;
};

} // namespace debrief
