#pragma once

#include "Result.h"
#include "debrief_core_export.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace debrief {

class Database;

/// Settings that belong to a panel's database rather than to one user's
/// computer (the retention period), as named text values (migration 7).
class DEBRIEF_CORE_EXPORT DatabaseSettingsRepository {
    Q_DECLARE_TR_FUNCTIONS(DatabaseSettingsRepository)

public:
    explicit DatabaseSettingsRepository(Database& db)
        : m_db(db) {}

    /// std::nullopt when the setting was never stored (or was removed).
    Result<std::optional<QString>> value(const QString& name);
    /// Stores `value` under `name`, replacing what was there.
    Status setValue(const QString& name, const QString& value);
    /// Removes the setting; nothing happens when there is none.
    Status remove(const QString& name);

private:
    Database& m_db;
};

} // namespace debrief
