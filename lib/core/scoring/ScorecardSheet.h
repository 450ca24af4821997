#pragma once

#include "Result.h"
#include "debrief_core_export.h"
#include "domain/Application.h"
#include "domain/Interview.h"
#include "domain/Rubric.h"
#include "domain/Scorecard.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace debrief {

class Database;

/// One panelist's own scorecard on one interview, as the scorecard editor
/// opens it: the stored card, or a new one with a blank rating per
/// criterion, against the rubric version it was scored on (a new card: the
/// opening's current rubric), with the names the editor's title shows. Only
/// the panelist's own card is read; colleagues' cards go through
/// VisibleScorecards.
struct DEBRIEF_CORE_EXPORT ScorecardSheet {
    Q_DECLARE_TR_FUNCTIONS(ScorecardSheet)

public:
    Interview interview;
    Application application;
    QString candidateName;
    QString panelistName;
    QString roundName;
    /// The criteria the interview's round assesses; empty: all of them.
    QList<RowId> roundCriteria;
    Rubric rubric;
    Scorecard card;

    /// An error when the opening has no rubric to score against yet.
    static Result<ScorecardSheet> load(Database& db, RowId interviewId, RowId panelistId);
    /// The card as stored (after a save, with its stamps).
    static Result<Scorecard> storedCard(Database& db, RowId cardId);
    /// The panelists whose card on the interview is still a draft.
    static Result<QList<RowId>> draftHolders(Database& db, RowId interviewId);
};

} // namespace debrief
