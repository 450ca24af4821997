#include "ChildRows.h"

namespace debrief::sql {
namespace {

Result<RowId> readId(SqlRow& row, const QByteArray& column) {
    return row.rowId(column.constData());
}

} // namespace

QString childSelectSql(const ChildTable& child, const QString& condition, bool byParent) {
    // Grouped by parent, rows come out in list order within each group.
    return QStringLiteral("SELECT ") + child.parentColumn + QStringLiteral(", ") +
           child.orderColumn + QStringLiteral(", ") + child.columns.join(QLatin1String(", ")) +
           QStringLiteral(" FROM ") + child.table + QStringLiteral(" WHERE ") + child.parentColumn +
           u' ' + condition + QStringLiteral(" ORDER BY ") +
           (byParent ? child.parentColumn + QStringLiteral(", ") : QString()) + child.orderColumn;
}

Status replaceChildRows(Database& db, const ChildTable& child, RowId parentId,
                        const QList<QVariantList>& rows) {
    auto cleared =
        db.exec(QStringLiteral("DELETE FROM ") + child.table + QStringLiteral(" WHERE ") +
                    child.parentColumn + QStringLiteral(" = ?"),
                {parentId});
    if (!cleared)
        return cleared.error();
    const QString sql =
        insertSql(child.table, QStringList{child.parentColumn, child.orderColumn} + child.columns);
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const QVariantList values =
            QVariantList{parentId, QVariant(child.orderBase + int(i))} + rows.at(i);
        if (auto written = db.exec(sql, values); !written)
            return written.error();
    }
    return {};
}

Status upsertChildRows(Database& db, const ChildTable& child, RowId parentId,
                       const QList<QVariantList>& rows) {
    auto run = [&db](const QString& sql, const QVariantList& values) -> Status {
        if (auto done = db.exec(sql, values); !done)
            return done.error();
        return {};
    };
    const QString key = child.columns.constFirst();
    QString gone = QStringLiteral("DELETE FROM ") + child.table + QStringLiteral(" WHERE ") +
                   child.parentColumn + QStringLiteral(" = ?");
    if (rows.isEmpty())
        return run(gone, {parentId});
    QVariantList goneValues{parentId};
    for (const QVariantList& row : rows)
        goneValues.append(row.constFirst());
    gone += QStringLiteral(" AND ") + key + QStringLiteral(" NOT IN (") +
            QStringList(rows.size(), QStringLiteral("?")).join(QLatin1String(", ")) + u')';

    const QStringList columns = QStringList{child.parentColumn, child.orderColumn} + child.columns;
    QStringList assignments;
    QStringList differences;
    for (const QString& column : columns.mid(1)) {
        if (column == key)
            continue;
        assignments.append(column + QStringLiteral(" = excluded.") + column);
        differences.append(child.table + u'.' + column +
                           QStringLiteral(" IS DISTINCT FROM excluded.") + column);
    }
    // A row stored as given is not written at all: no new row version on
    // the server, nothing for its vacuum to clean up.
    const QString upsert = insertManySql(child.table, columns, int(rows.size())) +
                           QStringLiteral(" ON CONFLICT (") + child.parentColumn +
                           QStringLiteral(", ") + key + QStringLiteral(") DO UPDATE SET ") +
                           assignments.join(QLatin1String(", ")) + QStringLiteral(" WHERE ") +
                           differences.join(QLatin1String(" OR "));
    QVariantList values;
    for (qsizetype i = 0; i < rows.size(); ++i)
        values += QVariantList{parentId, QVariant(child.orderBase + int(i))} + rows.at(i);
    if (db.dialect() == SqlDialect::PostgreSql) {
        // Every statement is a round trip to the server, so the delete
        // rides along with the upsert. The two touch different rows (the
        // listed keys, the others), so neither needs to see the other's.
        return run(QStringLiteral("WITH gone AS (") + gone + QStringLiteral(") ") + upsert,
                   goneValues + values);
    }
    // SQLite has no writing statements inside WITH; in-process, two
    // statements cost no round trip.
    if (Status cleared = run(gone, goneValues); !cleared)
        return cleared;
    return run(upsert, values);
}

QList<QVariantList> idRows(const QList<RowId>& ids) {
    QList<QVariantList> rows;
    for (RowId id : ids)
        rows.append(QVariantList{id});
    return rows;
}

Result<QList<RowId>> loadIdList(Database& db, const ChildTable& child, RowId parentId) {
    const QByteArray column = child.columns.constFirst().toLatin1();
    return loadChildRows<RowId>(db, child, parentId,
                                [&column](SqlRow& row) { return readId(row, column); });
}

Result<QHash<RowId, QList<RowId>>> loadIdListsOfAll(Database& db, const ChildTable& child,
                                                    const QString& parentIds,
                                                    const QVariantList& values) {
    const QByteArray column = child.columns.constFirst().toLatin1();
    return loadChildRowsOfAll<RowId>(db, child, parentIds, values,
                                     [&column](SqlRow& row) { return readId(row, column); });
}

} // namespace debrief::sql
