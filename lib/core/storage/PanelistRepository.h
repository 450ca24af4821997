#pragma once

#include "Result.h"
#include "debrief_core_export.h"
#include "domain/Panelist.h"

#include <QCoreApplication>
#include <QList>
#include <QUuid>

#include <optional>

namespace debrief {

class Database;

/// Stores the people who interview.
class DEBRIEF_CORE_EXPORT PanelistRepository {
    Q_DECLARE_TR_FUNCTIONS(PanelistRepository)

public:
    explicit PanelistRepository(Database& db)
        : m_db(db) {}

    /// Stores a new record (with its child rows) in one transaction; fills in
    /// id, and uuid when it is null.
    Status insert(Panelist& value);
    /// Replaces the stored record and its child rows in one transaction.
    Status update(const Panelist& value);
    Status remove(RowId id);
    Result<Panelist> get(RowId id);
    /// std::nullopt when no record has this uuid.
    Result<std::optional<Panelist>> findByUuid(const QUuid& uuid);
    /// The panelist whose server login role is `loginRole`; std::nullopt
    /// when none is (always for an empty name: a panelist without a login
    /// has an empty one).
    Result<std::optional<Panelist>> findByLogin(const QString& loginRole);
    /// Every panelist, by name.
    Result<QList<Panelist>> list();
    /// The panelists seated on an opening's panel, in seat order.
    Result<QList<Panelist>> forOpening(RowId openingId);

private:
    Database& m_db;
};

} // namespace debrief
