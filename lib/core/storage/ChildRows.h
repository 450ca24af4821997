#pragma once

#include "Database.h"
#include "RecordTable.h"
#include "Result.h"
#include "SqlRow.h"
#include "domain/RowId.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantList>

// Child rows that belong wholly to one parent record (panel seats, ratings,
// anchors…): written as a list in order, replaced as a whole, read back in
// the same order. Internal to the storage layer.
namespace debrief::sql {

struct ChildTable {
    QString table;
    QString parentColumn;
    /// The values of one list entry, without parent and order columns.
    QStringList columns;
    /// Holds the entry's index in the list, plus orderBase.
    QString orderColumn;
    int orderBase = 0;
};

/// Deletes the parent's child rows and writes `rows` (one value list per
/// entry, in `columns` order) in their place. Call inside a transaction.
Status replaceChildRows(Database& db, const ChildTable& child, RowId parentId,
                        const QList<QVariantList>& rows);

/// The parent's child rows in list order, each read with `read`.
template <typename C, typename Read>
Result<QList<C>> loadChildRows(Database& db, const ChildTable& child, RowId parentId, Read read) {
    const QString sql = QStringLiteral("SELECT ") + child.parentColumn + QStringLiteral(", ") +
                        child.orderColumn + QStringLiteral(", ") +
                        child.columns.join(QLatin1String(", ")) + QStringLiteral(" FROM ") +
                        child.table + QStringLiteral(" WHERE ") + child.parentColumn +
                        QStringLiteral(" = ? ORDER BY ") + child.orderColumn;
    return readRows<C>(db, sql, {parentId}, child.table, {child.parentColumn, child.orderColumn},
                       read);
}

/// A list of row ids (the common single-column child table) as rows.
QList<QVariantList> idRows(const QList<RowId>& ids);
/// Reads a single-column child table of row ids.
Result<QList<RowId>> loadIdList(Database& db, const ChildTable& child, RowId parentId);

} // namespace debrief::sql
