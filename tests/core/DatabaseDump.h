#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace debrief {
class Database;
}

namespace debrief::test {

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

} // namespace debrief::test
