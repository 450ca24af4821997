#include "VersionedUpdate.h"

#include "Database.h"
#include "RecordTable.h"

namespace debrief::sql {

QString RowVersions::updateSql(const QString& table, const QStringList& columns,
                               const QStringList& keepWhenNull) {
    QString statement = sql::updateSql(table, columns, keepWhenNull);
    // updateSql() ends in " WHERE id = ?": the bump goes before it, the
    // version check after it.
    const qsizetype where = statement.lastIndexOf(QLatin1String(" WHERE id = ?"));
    Q_ASSERT(where > 0);
    statement.insert(where, QStringLiteral(", row_version = row_version + 1"));
    return statement + QStringLiteral(" AND row_version = ?");
}

Result<bool> RowVersions::run(Database& db, const QString& table, const QString& statement,
                              QVariantList values, RowId id, int readVersion,
                              const Error& notFound) {
    values.append(id);
    values.append(readVersion);
    auto written = db.exec(statement, values);
    if (!written)
        return written.error();
    if (written->numRowsAffected() > 0)
        return true;
    // Nothing written: the row is gone, or stored at another version. The
    // table's name is the repository's own text, never data.
    auto stored = db.fetchAll(
        QStringLiteral("SELECT row_version FROM ") + table + QStringLiteral(" WHERE id = ?"), {id});
    if (!stored)
        return stored.error();
    if (stored->isEmpty())
        return notFound;
    return false;
}

Error RowVersions::changedMeanwhile(const QString& what, const QString& location) {
    return Error{tr("%1 in %2 was saved by someone else (or in another window) after you "
                    "opened it. Nothing was overwritten: compare their version with yours and "
                    "choose which to keep.")
                     .arg(what, location)};
}

} // namespace debrief::sql
