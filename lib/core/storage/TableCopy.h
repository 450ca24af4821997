#pragma once

#include "Result.h"
#include "debrief_core_export.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace debrief {

class Database;

/// One table of a Debrief database as a whole-database copy moves it: its
/// columns as the schema of this build has them, which of them are
/// booleans (SQLite stores 0 and 1, PostgreSQL refuses numbers there), and
/// whether its rows are numbered by the database (an `id` with a counter).
struct CopiedTable {
    QString name;
    QStringList columns;
    QStringList booleans;
    bool numbered = true;
    /// The key rows are read in, so they arrive in the order they were made.
    QString key = QStringLiteral("id");
};

/// Row by row, value by value copies of a Debrief database's tables from
/// one engine to another, keeping row ids and the counters that number new
/// rows, so that every link and every uuid stays what it was. The
/// differences between SQLite and PostgreSQL a copy meets (catalogs,
/// counters, a consistent read) are here and nowhere else. SQL text is made
/// only from the constant table list, never from data.
class DEBRIEF_CORE_EXPORT TableCopy {
    Q_DECLARE_TR_FUNCTIONS(TableCopy)

public:
    /// Every table that holds Debrief data at the newest schema, parents
    /// before the tables that point at them (schema_version is not data:
    /// each database has its own).
    static const QList<CopiedTable>& tables();

    /// Makes the transaction `db` has just begun read one snapshot on
    /// PostgreSQL (REPEATABLE READ), so that rows committed by others during
    /// a long copy are neither half seen nor seen twice; SQLite's
    /// transactions read one snapshot anyway.
    static Status readOneSnapshot(Database& db);
    /// The names of the tables `db` holds that tables() does not know (and
    /// that are not schema_version): data a copy would leave behind.
    static Result<QStringList> unknownTables(Database& db);
    /// An error naming the table and column when `db`'s `table` has other
    /// columns than tables() lists.
    static Status checkColumns(Database& db, const CopiedTable& table);
    static Result<qint64> rowCount(Database& db, const CopiedTable& table);

    /// Inserts every row of `table` in `source` into `target` with the same
    /// values, ids included; `copied` is called after each row and ends the
    /// copy (with an error) when it returns false.
    static Status copyRows(Database& source, Database& target, const CopiedTable& table,
                           const std::function<bool()>& copied);
    /// Sets the counter that numbers `table`'s new rows in `target` to at
    /// least where it stands in `source` (an id once used and deleted is not
    /// handed out again) and past every copied row.
    static Status carryCounter(Database& source, Database& target, const CopiedTable& table);

private:
    static Result<qint64> counter(Database& db, const QString& table);
};

} // namespace debrief
