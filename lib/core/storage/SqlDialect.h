#pragma once

#include "debrief_core_export.h"

#include <QString>

namespace debrief {

/// The SQL engines Debrief stores data in. Migrations and queries are
/// written once in the subset both understand; the dialect fills in the few
/// words that differ (adaptSql), never values.
enum class SqlDialect { Sqlite, PostgreSql };

/// Replaces the placeholders in a statement, the one place where the SQL of
/// the two engines differs:
/// - `{{id}}` (schema): this engine's auto-numbered primary key column;
/// - `{{outside_ascii}}` (after a text column): true when the text holds a
///   character outside space to tilde (SQLite's GLOB, PostgreSQL's regular
///   expression).
/// Database::exec() applies it to every statement that has a placeholder.
DEBRIEF_CORE_EXPORT QString adaptSql(const QString& statement, SqlDialect dialect);
/// Whether `statement` has a placeholder adaptSql() replaces.
DEBRIEF_CORE_EXPORT bool hasPlaceholders(const QString& statement);

} // namespace debrief
