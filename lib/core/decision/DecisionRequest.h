#pragma once

#include "domain/RowId.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QUuid>

namespace debrief {

/// One runner-up in a decision: their place in line and whether the panel
/// would like to keep them in mind for other roles.
struct RunnerUpChoice {
    RowId applicationId = kNoRow;
    /// 1 for the first runner-up, 2 for the next…
    int rank = 0;
    bool talentPool = false;

    friend bool operator==(const RunnerUpChoice&, const RunnerUpChoice&) = default;
};

/// What the panel lead enters to record a decision (DecisionWorkflow::record).
struct DecisionRequest {
    RowId openingId = kNoRow;
    /// The candidate(s) who get an offer: application ids of the opening.
    QList<RowId> chosen;
    QList<RunnerUpChoice> runnersUp;
    /// The finalists the panel compared and did not select: recorded as
    /// such, and rejected with everyone else still in process.
    QList<RowId> notSelected;
    /// Criteria of the opening's current rubric that decided it.
    QList<RowId> decidingCriterionIds;
    QString rationale;
    /// The panel agreed that the deciding factor may be told to candidates.
    bool shareDecidingFactor = false;
    /// A panel lead of the opening.
    RowId decidedBy = kNoRow;
    QDateTime decidedAt;
    /// The record's uuid; a new one when null. A redo sets it so the same
    /// record comes back.
    QUuid uuid;
    /// Amending: the version of the stored decision the editor showed. The
    /// amendment is refused as stale when the decision was amended since.
    int baseVersion = 0;

    friend bool operator==(const DecisionRequest&, const DecisionRequest&) = default;
};

} // namespace debrief
