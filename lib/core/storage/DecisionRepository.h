#pragma once

#include "Result.h"
#include "VersionedSave.h"
#include "debrief_core_export.h"
#include "domain/Decision.h"

#include <QCoreApplication>
#include <QList>
#include <QUuid>

#include <optional>

namespace debrief {

class Database;

/// Stores the decision record of an opening (at most one per opening).
class DEBRIEF_CORE_EXPORT DecisionRepository {
    Q_DECLARE_TR_FUNCTIONS(DecisionRepository)

public:
    explicit DecisionRepository(Database& db)
        : m_db(db) {}

    /// Stores a new record (with its child rows) in one transaction; fills in
    /// id, and uuid when it is null.
    Status insert(Decision& value);
    /// Replaces the stored record and its child rows in one transaction, only when
    /// it is still at `value.rowVersion` (then moved on to the new version);
    /// otherwise nothing is written and the refusal carries the stored row.
    VersionedSave<Decision> update(Decision& value);
    Status remove(RowId id);
    Result<Decision> get(RowId id);
    /// std::nullopt when no record has this uuid.
    Result<std::optional<Decision>> findByUuid(const QUuid& uuid);
    /// The opening's decision record; std::nullopt before the panel decided.
    Result<std::optional<Decision>> forOpening(RowId openingId);

private:
    Database& m_db;
};

} // namespace debrief
