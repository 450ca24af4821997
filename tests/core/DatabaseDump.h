#pragma once

#include "Result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace debrief {
class Database;
}

namespace debrief::test {

/// The tables of a database's schema, sorted by name (on SQLite with its
/// own sqlite_* tables, on PostgreSQL those of the public schema).
Result<QStringList> tableNames(Database& db);

/// Every row of every table, as sorted text: two equal dumps mean the
/// databases hold exactly the same data. Row ids included, so the dump
/// also shows that nothing was renumbered.
QStringList dumpDatabase(Database& db);

/// Runs statements on a plain Qt SQL connection to the SQLite file at
/// `path`, bypassing Database: to build files as an earlier (or foreign)
/// program left them. False, with a warning, at the first that fails.
bool runRawSql(const QString& path, const QStringList& statements);

/// A file's bytes, empty when it cannot be read (the comparison that
/// follows then fails and names the file).
QByteArray readFile(const QString& path);

/// The SHA-256 of a file's bytes: whether a file changed, in short.
QByteArray fileHash(const QString& path);

/// A file's permission bits as octal text ("600"), which a failed
/// comparison prints readably; "missing" when it is not there; empty
/// where there are no permission bits (Windows).
QString permissionBits(const QString& path);

/// The statements that build an empty database at schema `version`,
/// exactly as steps 1 to `version` of allMigrations() wrote it, with its
/// schema_version rows: a file as an earlier Debrief left it (for
/// runRawSql, before rows of that time are added).
QStringList schemaUpTo(int version);

} // namespace debrief::test
