#pragma once

#include "debrief_core_export.h"

#include <QString>

namespace debrief {

/// The SQL engines Debrief stores data in. Migrations and queries are
/// written once in the subset both understand; the dialect fills in the few
/// words that differ (identity columns), never values.
enum class SqlDialect { Sqlite, PostgreSql };

/// Replaces the schema placeholders in a migration statement:
/// `{{id}}` becomes this engine's auto-numbered primary key column.
DEBRIEF_CORE_EXPORT QString adaptDdl(const QString& statement, SqlDialect dialect);

} // namespace debrief
