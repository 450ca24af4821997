#pragma once

#include "Result.h"
#include "debrief_core_export.h"
#include "domain/Rubric.h"

#include <QCoreApplication>
#include <QList>
#include <QUuid>

#include <optional>

namespace debrief {

class Database;

/// Stores rubrics with their criteria and anchor texts. Versions are separate
/// records sharing a familyUuid; update() rewrites one version in place and is
/// meant for versions that no submitted scorecard uses yet.
class DEBRIEF_CORE_EXPORT RubricRepository {
    Q_DECLARE_TR_FUNCTIONS(RubricRepository)

public:
    explicit RubricRepository(Database& db)
        : m_db(db) {}

    /// Stores a new record (with its child rows) in one transaction; fills in
    /// id, and uuid when it is null.
    Status insert(Rubric& value);
    /// Replaces the stored record and its child rows in one transaction.
    Status update(const Rubric& value);
    Status remove(RowId id);
    Result<Rubric> get(RowId id);
    /// std::nullopt when no record has this uuid.
    Result<std::optional<Rubric>> findByUuid(const QUuid& uuid);
    /// The newest version of the opening's rubric; std::nullopt if it has none.
    Result<std::optional<Rubric>> currentForOpening(RowId openingId);
    /// Every version of the opening's rubric, oldest first.
    Result<QList<Rubric>> versionsForOpening(RowId openingId);
    /// Reusable rubrics that belong to no opening.
    Result<QList<Rubric>> templates();

private:
    Database& m_db;
};

} // namespace debrief
