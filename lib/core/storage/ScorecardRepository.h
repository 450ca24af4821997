#pragma once

#include "Result.h"
#include "VersionedSave.h"
#include "debrief_core_export.h"
#include "domain/Scorecard.h"

#include <QCoreApplication>
#include <QList>
#include <QUuid>

#include <optional>

namespace debrief {

class Database;
class ScorecardWorkflow;

/// Stores scorecards with one rating per criterion. A submitted scorecard is
/// locked here, where every writer passes: only an amendment that comes with
/// its audit entries (ScorecardWorkflow::amend) may change it.
class DEBRIEF_CORE_EXPORT ScorecardRepository {
    Q_DECLARE_TR_FUNCTIONS(ScorecardRepository)

public:
    /// Proof that a change to a submitted scorecard is an audited amendment;
    /// only ScorecardWorkflow can make one.
    class AmendmentKey {
        friend class ScorecardWorkflow;
        AmendmentKey() = default;
    };

    explicit ScorecardRepository(Database& db)
        : m_db(db) {}

    /// Stores a new record (with its child rows) in one transaction; fills in
    /// id, and uuid when it is null.
    Status insert(Scorecard& value);
    /// Replaces the stored record and its child rows in one transaction,
    /// when it is still at `value.rowVersion` (then moved on to the new
    /// version). Refused, changing nothing, when the stored card is
    /// submitted, and as stale, with the card as stored now, when someone
    /// saved it after `value` was read.
    VersionedSave<Scorecard> update(Scorecard& value);
    /// Replaces a stored card even when it is submitted: the amendment path,
    /// which writes the audit entries in the same transaction. Versioned as
    /// update() is.
    VersionedSave<Scorecard> update(Scorecard& value, AmendmentKey);
    Status remove(RowId id);
    Result<Scorecard> get(RowId id);
    /// std::nullopt when no record has this uuid.
    Result<std::optional<Scorecard>> findByUuid(const QUuid& uuid);
    /// Every scorecard written for an interview.
    Result<QList<Scorecard>> forInterview(RowId interviewId);
    /// Every scorecard for all interviews of an application.
    Result<QList<Scorecard>> forApplication(RowId applicationId);
    /// Every scorecard of the application as a seat: id, interview,
    /// panelist, rubric, status and times, no ratings, recommendation or
    /// takeaways. Read from the view `scorecard_seats`, which on a server
    /// lists the cards row-level security hides (for counts; see
    /// docs/SERVER.md).
    Result<QList<Scorecard>> seatsForApplication(RowId applicationId);
    /// Every scorecard for all applications of an opening.
    Result<QList<Scorecard>> forOpening(RowId openingId);

private:
    Database& m_db;
};

} // namespace debrief
