#pragma once

#include "Result.h"
#include "debrief_core_export.h"
#include "domain/CommunicationEntry.h"

#include <QCoreApplication>
#include <QList>
#include <QUuid>

#include <optional>

namespace debrief {

class Database;

/// Stores the communication log.
class DEBRIEF_CORE_EXPORT CommunicationRepository {
    Q_DECLARE_TR_FUNCTIONS(CommunicationRepository)

public:
    explicit CommunicationRepository(Database& db)
        : m_db(db) {}

    /// Stores a new record (with its child rows) in one transaction; fills in
    /// id, and uuid when it is null.
    Status insert(CommunicationEntry& value);
    /// Replaces the stored record and its child rows in one transaction.
    Status update(const CommunicationEntry& value);
    Status remove(RowId id);
    Result<CommunicationEntry> get(RowId id);
    /// std::nullopt when no record has this uuid.
    Result<std::optional<CommunicationEntry>> findByUuid(const QUuid& uuid);
    /// The application's communication log, oldest first.
    Result<QList<CommunicationEntry>> forApplication(RowId applicationId);
    /// The logs of every application of an opening in one statement: by
    /// application id, each log oldest first as forApplication() gives it.
    Result<QList<CommunicationEntry>> forOpening(RowId openingId);

private:
    Database& m_db;
};

} // namespace debrief
