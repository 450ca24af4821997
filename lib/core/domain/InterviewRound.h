#pragma once

#include "RowId.h"

#include <QList>
#include <QString>
#include <QUuid>

namespace debrief {

/// A stage of interviews for an opening (phone screen, technical, on-site…)
/// and the rubric criteria that this round is meant to assess.
struct InterviewRound {
    RowId id = kNoRow;
    QUuid uuid;
    RowId openingId = kNoRow;
    int position = 0;
    QString name;
    QString description;
    int durationMinutes = 45;
    /// Criteria (by row id) of the opening's rubric assessed in this round.
    QList<RowId> criterionIds;

    friend bool operator==(const InterviewRound&, const InterviewRound&) = default;
};

} // namespace debrief
