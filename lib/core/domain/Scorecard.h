#pragma once

#include "Enums.h"
#include "RowId.h"
#include "debrief_core_export.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QUuid>

#include <optional>

namespace debrief {

/// A panelist's rating of one criterion. No score means "not assessed",
/// which analytics treat as missing, never as zero.
struct CriterionRating {
    RowId criterionId = kNoRow;
    std::optional<int> score;
    QString evidence;

    friend bool operator==(const CriterionRating&, const CriterionRating&) = default;
};

/// One panelist's independent record of one interview. Drafts are private to
/// their author; once submitted, changes go through the audit log.
struct DEBRIEF_CORE_EXPORT Scorecard {
    RowId id = kNoRow;
    QUuid uuid;
    RowId interviewId = kNoRow;
    RowId panelistId = kNoRow;
    /// The rubric version this scorecard was scored against.
    RowId rubricId = kNoRow;
    ScorecardStatus status = ScorecardStatus::Draft;
    std::optional<Recommendation> recommendation;
    QString keyTakeaways;
    QList<CriterionRating> ratings;
    QDateTime updatedAt;
    QDateTime submittedAt;
    /// The stored row's version when this card was read (migration 10): a
    /// save passes it back and is refused when the row has moved on since.
    int rowVersion = 1;

    bool isSubmitted() const { return status == ScorecardStatus::Submitted; }
    /// The rating for a criterion, or nullptr when the card has none.
    const CriterionRating* rating(RowId criterionId) const;

    friend bool operator==(const Scorecard&, const Scorecard&) = default;
};

} // namespace debrief
