#pragma once

#include "Result.h"
#include "VersionedSave.h"
#include "debrief_core_export.h"
#include "domain/Reference.h"

#include <QCoreApplication>
#include <QList>
#include <QUuid>

#include <optional>

namespace debrief {

class Database;

/// Stores references collected for an application.
class DEBRIEF_CORE_EXPORT ReferenceRepository {
    Q_DECLARE_TR_FUNCTIONS(ReferenceRepository)

public:
    explicit ReferenceRepository(Database& db)
        : m_db(db) {}

    /// Stores a new record (with its child rows) in one transaction; fills in
    /// id, and uuid when it is null.
    Status insert(Reference& value);
    /// Replaces the stored record and its child rows in one transaction, only when
    /// it is still at `value.rowVersion` (then moved on to the new version);
    /// otherwise nothing is written and the refusal carries the stored row.
    VersionedSave<Reference> update(Reference& value);
    Status remove(RowId id);
    Result<Reference> get(RowId id);
    /// std::nullopt when no record has this uuid.
    Result<std::optional<Reference>> findByUuid(const QUuid& uuid);
    /// The application's references, in the order they were added.
    Result<QList<Reference>> forApplication(RowId applicationId);
    /// The references of every application of an opening in one statement,
    /// by application id, each application's in forApplication()'s order.
    Result<QList<Reference>> forOpening(RowId openingId);

private:
    Database& m_db;
};

} // namespace debrief
