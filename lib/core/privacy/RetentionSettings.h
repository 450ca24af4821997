#pragma once

#include "Result.h"
#include "RetentionPeriod.h"
#include "debrief_core_export.h"

#include <QCoreApplication>

#include <optional>

namespace debrief {

class Database;

/// The retention period a panel set for its database. It is kept in the
/// file, not in one user's settings, so every panelist who opens the file
/// and `debrief-cli retention` apply the same rule.
class DEBRIEF_CORE_EXPORT RetentionSettings {
    Q_DECLARE_TR_FUNCTIONS(RetentionSettings)

public:
    explicit RetentionSettings(Database& db)
        : m_db(db) {}

    /// std::nullopt while no period is set: nobody is anonymised by age.
    Result<std::optional<RetentionPeriod>> period();
    /// Stores the period; std::nullopt removes it.
    Status setPeriod(const std::optional<RetentionPeriod>& period);

private:
    Database& m_db;
};

} // namespace debrief
