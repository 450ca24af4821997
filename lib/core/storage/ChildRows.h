#pragma once

#include "Database.h"
#include "RecordTable.h"
#include "Result.h"
#include "SqlRow.h"
#include "domain/RowId.h"

#include <QHash>
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

/// What replaceChildRows() stores, for a child table whose key is the
/// parent and its first column (one rating per criterion): rows that are
/// stored already as given are left alone, changed ones updated in place,
/// new ones inserted, and those whose key is no longer listed deleted. One
/// statement on PostgreSQL (a round trip to the server each), two on SQLite.
/// Call inside a transaction.
Status upsertChildRows(Database& db, const ChildTable& child, RowId parentId,
                       const QList<QVariantList>& rows);

/// "SELECT parent, order, columns… FROM table WHERE parent " followed by
/// `condition` and the order: the reading statement of a child table.
QString childSelectSql(const ChildTable& child, const QString& condition, bool byParent);

/// The parent's child rows in list order, each read with `read`.
template <typename C, typename Read>
Result<QList<C>> loadChildRows(Database& db, const ChildTable& child, RowId parentId, Read read) {
    return readRows<C>(db, childSelectSql(child, QStringLiteral("= ?"), false), {parentId},
                       child.table, {child.parentColumn, child.orderColumn}, read);
}

/// The child rows of many parents in one statement: `parentIds` is a
/// subquery giving their ids (one column, `values` bound), as in
/// "SELECT id FROM interviews WHERE application_id = ?". Grouped by parent
/// id, each list in the same order loadChildRows() gives; a parent without
/// child rows is not in the hash.
template <typename C, typename Read>
Result<QHash<RowId, QList<C>>> loadChildRowsOfAll(Database& db, const ChildTable& child,
                                                  const QString& parentIds,
                                                  const QVariantList& values, Read read) {
    const QByteArray parentColumn = child.parentColumn.toLatin1();
    auto rows = readRows<std::pair<RowId, C>>(
        db, childSelectSql(child, QStringLiteral("IN (") + parentIds + u')', true), values,
        child.table, {child.parentColumn, child.orderColumn},
        [&](SqlRow& row) -> Result<std::pair<RowId, C>> {
            const RowId parent = row.rowId(parentColumn.constData());
            Result<C> item = read(row);
            if (!item)
                return item.error();
            return std::pair<RowId, C>(parent, std::move(item).value());
        });
    if (!rows)
        return rows.error();
    QHash<RowId, QList<C>> byParent;
    for (auto& [parent, item] : *rows)
        byParent[parent].append(std::move(item));
    return byParent;
}

/// Hands each record its child rows from `byParent` (none when absent).
template <typename T, typename C>
void assignChildRows(QList<T>& records, QHash<RowId, QList<C>>& byParent, QList<C> T::*member) {
    for (T& record : records)
        record.*member = byParent.take(record.id);
}

/// A list of row ids (the common single-column child table) as rows.
QList<QVariantList> idRows(const QList<RowId>& ids);
/// Reads a single-column child table of row ids.
Result<QList<RowId>> loadIdList(Database& db, const ChildTable& child, RowId parentId);
/// The same for many parents at once (see loadChildRowsOfAll()).
Result<QHash<RowId, QList<RowId>>> loadIdListsOfAll(Database& db, const ChildTable& child,
                                                    const QString& parentIds,
                                                    const QVariantList& values);

/// loadIdListsOfAll() into each record's `member`: a RecordTable's
/// loadChildrenOfAll for a single-column child table of row ids.
template <typename T>
Status loadIdListsInto(Database& db, const ChildTable& child, QList<T>& records,
                       QList<RowId> T::*member, const QString& parentIds,
                       const QVariantList& values) {
    auto ids = loadIdListsOfAll(db, child, parentIds, values);
    if (!ids)
        return ids.error();
    assignChildRows(records, *ids, member);
    return {};
}

} // namespace debrief::sql
