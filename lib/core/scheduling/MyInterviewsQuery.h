#pragma once

#include "Result.h"
#include "debrief_core_export.h"
#include "domain/RowId.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QUuid>

namespace debrief {

class Database;

/// One line of a panelist's "My interviews": an interview still to come, or
/// one that has taken place and still owes their scorecard.
struct MyInterview {
    enum class Kind {
        /// The scorecard is owed and past its due time.
        OverdueScorecard,
        /// The scorecard is owed, and still within its due time.
        OwedScorecard,
        /// The interview has not ended yet (or has no time yet).
        Upcoming,
    };

    Kind kind = Kind::Upcoming;
    RowId interviewId = kNoRow;
    QUuid interviewUuid;
    RowId applicationId = kNoRow;
    RowId openingId = kNoRow;
    QString candidateName;
    QString openingTitle;
    QString roundName;
    /// In UTC; invalid for an interview without a time.
    QDateTime start;
    QDateTime end;
    QString location;
    QString videoLink;
    /// The panelist has started the scorecard but not submitted it.
    bool hasDraft = false;
    /// When an owed scorecard is due; invalid for upcoming interviews.
    QDateTime scorecardDue;

    bool owesScorecard() const { return kind != Kind::Upcoming; }
};

/// A panelist's interviews, as View › My Interviews lists them: the
/// scorecards they owe (overdue ones first, oldest first), then their
/// interviews to come (soonest first; those without a time last). A
/// scorecard is owed for every interview that has ended, was not cancelled
/// and has no submitted card of theirs (a draft still counts as owed; see
/// Interview::expectsScorecardFrom); it is due one day after the interview
/// ends, while the memory is fresh. One query, however many interviews.
class DEBRIEF_CORE_EXPORT MyInterviewsQuery {
    Q_DECLARE_TR_FUNCTIONS(MyInterviewsQuery)

public:
    /// How long after the end of an interview its scorecard is due.
    static constexpr qint64 kScorecardDueSeconds = 24 * 60 * 60;

    explicit MyInterviewsQuery(Database& db)
        : m_db(db) {}

    Result<QList<MyInterview>> list(RowId panelistId, const QDateTime& now);

private:
    Database& m_db;
};

} // namespace debrief
