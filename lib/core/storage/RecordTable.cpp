#include "RecordTable.h"

#include <algorithm>

namespace debrief::sql {

QString selectSql(const QString& table, const QStringList& columns, const QString& tail) {
    return QStringLiteral("SELECT id, ") + columns.join(QLatin1String(", ")) +
           QStringLiteral(" FROM ") + table + QLatin1Char(' ') + tail;
}

QString insertSql(const QString& table, const QStringList& columns) {
    const QStringList marks(columns.size(), QStringLiteral("?"));
    return QStringLiteral("INSERT INTO ") + table + QStringLiteral(" (") +
           columns.join(QLatin1String(", ")) + QStringLiteral(") VALUES (") +
           marks.join(QLatin1String(", ")) + QLatin1Char(')');
}

QString insertManySql(const QString& table, const QStringList& columns, int rows) {
    const QString tuple =
        u'(' + QStringList(columns.size(), QStringLiteral("?")).join(QLatin1String(", ")) + u')';
    return QStringLiteral("INSERT INTO ") + table + QStringLiteral(" (") +
           columns.join(QLatin1String(", ")) + QStringLiteral(") VALUES ") +
           QStringList(rows, tuple).join(QLatin1String(", ")) +
           QStringLiteral(" RETURNING id, uuid");
}

int recordsPerInsert(int columns) {
    // 999 is SQLite's limit before 3.32; a hundred rows already spread a
    // statement's own cost thin.
    return std::clamp(999 / std::max(columns, 1), 1, 100);
}

Result<QHash<QString, RowId>> insertReturningIds(Database& db, const QString& sql,
                                                 const QVariantList& values) {
    auto rows = db.fetchAll(sql, values);
    if (!rows)
        return rows.error();
    // RETURNING gives its rows in no promised order: matched by uuid.
    QHash<QString, RowId> ids;
    ids.reserve(rows->size());
    for (const QVariantList& row : std::as_const(*rows))
        ids.insert(row.at(1).toString(), row.at(0).toLongLong());
    return ids;
}

QString updateSql(const QString& table, const QStringList& columns,
                  const QStringList& keepWhenNull) {
    QStringList assignments;
    for (const QString& column : columns) {
        if (keepWhenNull.contains(column))
            assignments.append(column + QStringLiteral(" = COALESCE(?, ") + column + u')');
        else
            assignments.append(column + QStringLiteral(" = ?"));
    }
    return QStringLiteral("UPDATE ") + table + QStringLiteral(" SET ") +
           assignments.join(QLatin1String(", ")) + QStringLiteral(" WHERE id = ?");
}

QString deleteSql(const QString& table) {
    return QStringLiteral("DELETE FROM ") + table + QStringLiteral(" WHERE id = ?");
}

Status removeRow(Database& db, const QString& table, RowId id, const Error& notFound) {
    return deleteRow(db, deleteSql(table), id, notFound);
}

Status deleteRow(Database& db, const QString& deleteStatement, RowId id, const Error& notFound) {
    auto query = db.exec(deleteStatement, {id});
    if (!query)
        return query.error();
    if (query->numRowsAffected() < 1)
        return notFound;
    return {};
}

Status refuseIfReferenced(Database& db, const QString& countSql, RowId id, const QString& message) {
    const int placeholders = int(countSql.count(QLatin1Char('?')));
    auto query = db.exec(countSql, QVariantList(placeholders, id));
    if (!query)
        return query.error();
    if (query->next() && query->value(0).toLongLong() > 0)
        return Error{message};
    return {};
}

} // namespace debrief::sql
