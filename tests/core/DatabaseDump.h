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

/// A file's bytes, empty when it cannot be read (the comparison that
/// follows then fails and names the file).
QByteArray readFile(const QString& path);

} // namespace debrief::test
