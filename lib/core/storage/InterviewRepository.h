#pragma once

#include "Result.h"
#include "VersionedSave.h"
#include "debrief_core_export.h"
#include "domain/Interview.h"

#include <QCoreApplication>
#include <QList>
#include <QUuid>

#include <optional>

namespace debrief {

class Database;

/// Stores interviews and who sat on them.
class DEBRIEF_CORE_EXPORT InterviewRepository {
    Q_DECLARE_TR_FUNCTIONS(InterviewRepository)

public:
    explicit InterviewRepository(Database& db)
        : m_db(db) {}

    /// Stores a new record (with its child rows) in one transaction; fills in
    /// id, and uuid when it is null.
    Status insert(Interview& value);
    /// Replaces the stored record and its child rows in one transaction, only when
    /// it is still at `value.rowVersion` (then moved on to the new version);
    /// otherwise nothing is written and the refusal carries the stored row.
    VersionedSave<Interview> update(Interview& value);
    Status remove(RowId id);
    Result<Interview> get(RowId id);
    /// std::nullopt when no record has this uuid.
    Result<std::optional<Interview>> findByUuid(const QUuid& uuid);
    /// The application's interviews, in scheduled order.
    Result<QList<Interview>> forApplication(RowId applicationId);
    /// The interviews of every application of an opening, with their
    /// panels, in two statements: by application id, each application's in
    /// forApplication()'s order.
    Result<QList<Interview>> forOpening(RowId openingId);

private:
    Database& m_db;
};

} // namespace debrief
