#pragma once

#include "Result.h"
#include "VersionedSave.h"
#include "debrief_core_export.h"
#include "domain/Opening.h"

#include <QCoreApplication>
#include <QList>
#include <QUuid>

#include <optional>

namespace debrief {

class Database;

/// Stores openings together with their panel seats.
class DEBRIEF_CORE_EXPORT OpeningRepository {
    Q_DECLARE_TR_FUNCTIONS(OpeningRepository)

public:
    explicit OpeningRepository(Database& db)
        : m_db(db) {}

    /// Stores a new record (with its child rows) in one transaction; fills in
    /// id, and uuid when it is null.
    Status insert(Opening& value);
    /// Replaces the stored record and its child rows in one transaction, only when
    /// it is still at `value.rowVersion` (then moved on to the new version);
    /// otherwise nothing is written and the refusal carries the stored row.
    VersionedSave<Opening> update(Opening& value);
    Status remove(RowId id);
    Result<Opening> get(RowId id);
    /// std::nullopt when no record has this uuid.
    Result<std::optional<Opening>> findByUuid(const QUuid& uuid);
    /// Every opening, newest first.
    Result<QList<Opening>> list();

private:
    Database& m_db;
};

} // namespace debrief
