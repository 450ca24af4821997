#pragma once

#include "Result.h"
#include "VersionedSave.h"
#include "debrief_core_export.h"
#include "domain/Application.h"

#include <QCoreApplication>
#include <QList>
#include <QUuid>

#include <optional>

namespace debrief {

class Database;

/// Stores applications: one candidate's progress through one opening.
class DEBRIEF_CORE_EXPORT ApplicationRepository {
    Q_DECLARE_TR_FUNCTIONS(ApplicationRepository)

public:
    explicit ApplicationRepository(Database& db)
        : m_db(db) {}

    /// Stores a new record (with its child rows) in one transaction; fills in
    /// id, and uuid when it is null.
    Status insert(Application& value);
    /// Stores new records, many to a statement, in one transaction; fills
    /// in ids (and null uuids) only once all are stored. A refused record
    /// stores none; the error then names no record (insert() one by one
    /// to find it).
    Status insertAll(QList<Application>& values);
    /// Replaces the stored record and its child rows in one transaction, only when
    /// it is still at `value.rowVersion` (then moved on to the new version);
    /// otherwise nothing is written and the refusal carries the stored row.
    VersionedSave<Application> update(Application& value);
    Status remove(RowId id);
    Result<Application> get(RowId id);
    /// std::nullopt when no record has this uuid.
    Result<std::optional<Application>> findByUuid(const QUuid& uuid);
    /// The opening's applications, oldest application first.
    Result<QList<Application>> forOpening(RowId openingId);
    /// Every application of one candidate, across openings.
    Result<QList<Application>> forCandidate(RowId candidateId);

private:
    Database& m_db;
};

} // namespace debrief
