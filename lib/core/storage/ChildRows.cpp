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
