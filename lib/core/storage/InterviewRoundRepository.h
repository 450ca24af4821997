#pragma once

#include "Result.h"
#include "debrief_core_export.h"
#include "domain/InterviewRound.h"

#include <QCoreApplication>
#include <QList>
#include <QUuid>

#include <optional>

namespace debrief {

class Database;

/// Stores an opening's interview rounds.
class DEBRIEF_CORE_EXPORT InterviewRoundRepository {
    Q_DECLARE_TR_FUNCTIONS(InterviewRoundRepository)

public:
    explicit InterviewRoundRepository(Database& db)
        : m_db(db) {}

    /// Stores a new record (with its child rows) in one transaction; fills in
    /// id, and uuid when it is null.
    Status insert(InterviewRound& value);
    /// Replaces the stored record and its child rows in one transaction.
    Status update(const InterviewRound& value);
    Status remove(RowId id);
    Result<InterviewRound> get(RowId id);
    /// std::nullopt when no record has this uuid.
    Result<std::optional<InterviewRound>> findByUuid(const QUuid& uuid);
    /// The opening's rounds in order, with the criteria each assesses.
    Result<QList<InterviewRound>> forOpening(RowId openingId);

private:
    Database& m_db;
};

} // namespace debrief
