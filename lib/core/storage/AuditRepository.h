#pragma once

#include "Result.h"
#include "debrief_core_export.h"
#include "domain/AuditEntry.h"

#include <QCoreApplication>
#include <QList>
#include <QUuid>

#include <optional>

namespace debrief {

class Anonymiser;
class Database;
class PersonEraser;

/// Stores the append-only audit trail (update and remove are refused). The
/// one exception is data protection: the personal text in entries about a
/// candidate is removed when they are anonymised or erased, and only the
/// classes that do that can make the key (docs/PRIVACY.md).
class DEBRIEF_CORE_EXPORT AuditRepository {
    Q_DECLARE_TR_FUNCTIONS(AuditRepository)

public:
    /// Lets Anonymiser and PersonEraser change or remove entries.
    class RedactionKey {
        friend class Anonymiser;
        friend class PersonEraser;
        RedactionKey() = default;
    };

    explicit AuditRepository(Database& db)
        : m_db(db) {}

    /// Stores a new record (with its child rows) in one transaction; fills in
    /// id, and uuid when it is null.
    Status insert(AuditEntry& value);
    /// Stores changes to one record made by `actor` at `when` (the caller's
    /// transaction keeps them together with the change they describe).
    Status insertChanges(QList<AuditEntry> entries, const QUuid& entityUuid, const QString& actor,
                         const QDateTime& when);
    /// Replaces the stored record and its child rows in one transaction.
    Status update(const AuditEntry& value);
    Status remove(RowId id);
    Result<AuditEntry> get(RowId id);
    /// std::nullopt when no record has this uuid.
    Result<std::optional<AuditEntry>> findByUuid(const QUuid& uuid);
    /// The audit trail of one record, oldest first.
    Result<QList<AuditEntry>> forEntity(const QString& entityType, const QUuid& entityUuid);
    /// The whole audit trail, oldest first.
    Result<QList<AuditEntry>> list();
    /// Every entry about the record with this uuid, whatever its type,
    /// oldest first.
    Result<QList<AuditEntry>> about(const QUuid& entityUuid);

    /// Replaces an entry's old and new values and its reason, keeping who,
    /// when and which field: how personal text leaves the trail.
    Status redact(const AuditEntry& entry, RedactionKey);
    /// Removes every entry about the record with this uuid.
    Status removeAbout(const QUuid& entityUuid, RedactionKey);

private:
    Database& m_db;
};

} // namespace debrief
