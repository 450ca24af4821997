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
           QStringList(rows, tuple).join(QLatin1String(", "));
}

int recordsPerInsert(int columns) {
    // 999 is SQLite's limit before 3.32; a hundred rows already spread a
    // statement's own cost thin.
    return std::clamp(999 / std::max(columns, 1), 1, 100);
}

Result<QList<RowId>> newIds(Database& db, const QString& table, qsizetype count) {
    QList<RowId> ids;
    if (count == 0)
        return ids;
    if (db.dialect() == SqlDialect::PostgreSql) {
        // Each nextval is the server's: unique however many clients insert.
        auto next = db.fetchAll(QStringLiteral("SELECT nextval(pg_get_serial_sequence(?, 'id')) "
                                               "FROM generate_series(1, ?)"),
                                {table, qint64(count)});
        if (!next)
            return next.error();
        for (const QVariantList& row : std::as_const(*next))
            ids.append(row.constFirst().toLongLong());
    } else {
        // The table's name is the repository's own text, never data.
        auto next = db.fetchAll(QStringLiteral("SELECT max(coalesce((SELECT seq FROM "
                                               "sqlite_sequence WHERE name = ?), 0), "
                                               "coalesce((SELECT max(id) FROM ") +
                                    table + QStringLiteral("), 0)) + 1"),
                                {table});
        if (!next)
            return next.error();
        const RowId first = next->isEmpty() ? kNoRow : next->constFirst().constFirst().toLongLong();
        for (qsizetype i = 0; i < count && first != kNoRow; ++i)
            ids.append(first + i);
    }
    if (ids.size() != count)
        return Error{Database::tr("Could not tell the next free id of %1.").arg(table)};
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
