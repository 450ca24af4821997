#pragma once

#include "Result.h"
#include "debrief_core_export.h"
#include "domain/Scorecard.h"

#include <QCoreApplication>
#include <QList>
#include <QUuid>

#include <optional>

namespace debrief {

class Database;

/// Stores scorecards with one rating per criterion.
class DEBRIEF_CORE_EXPORT ScorecardRepository {
    Q_DECLARE_TR_FUNCTIONS(ScorecardRepository)

public:
    explicit ScorecardRepository(Database& db)
        : m_db(db) {}

    /// Stores a new record (with its child rows) in one transaction; fills in
    /// id, and uuid when it is null.
    Status insert(Scorecard& value);
    /// Replaces the stored record and its child rows in one transaction.
    Status update(const Scorecard& value);
    Status remove(RowId id);
    Result<Scorecard> get(RowId id);
    /// std::nullopt when no record has this uuid.
    Result<std::optional<Scorecard>> findByUuid(const QUuid& uuid);
    /// Every scorecard written for an interview.
    Result<QList<Scorecard>> forInterview(RowId interviewId);
    /// Every scorecard for all interviews of an application.
    Result<QList<Scorecard>> forApplication(RowId applicationId);
    /// Every scorecard for all applications of an opening.
    Result<QList<Scorecard>> forOpening(RowId openingId);

private:
    Database& m_db;
};

} // namespace debrief
