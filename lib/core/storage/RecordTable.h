#pragma once

#include "Database.h"
#include "RecordUuid.h"
#include "Result.h"
#include "SqlRow.h"
#include "SqlValues.h"
#include "TransactionGuard.h"
#include "VersionedSave.h"
#include "VersionedUpdate.h"
#include "domain/RowId.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUuid>
#include <QVariantList>

#include <algorithm>
#include <optional>

// The insert / update / remove / select steps every repository shares, so
// that each repository only says how its type maps onto its table.
// Internal to the storage layer.
namespace debrief::sql {

QString selectSql(const QString& table, const QStringList& columns, const QString& tail);
/// A plain INSERT; append " RETURNING id" for a table with an id column.
QString insertSql(const QString& table, const QStringList& columns);
/// An INSERT of `rows` records in one statement.
QString insertManySql(const QString& table, const QStringList& columns, int rows);
/// How many records one statement of insertRecords() writes: as many as
/// keep it under the 999 bound values the oldest SQLite builds allow.
int recordsPerInsert(int columns);
/// Ids for `count` new rows of the table, the ones the engine would give
/// them: on SQLite what AUTOINCREMENT gives next (above every id the table
/// holds and every id it ever gave, sqlite_sequence; only inside a write
/// transaction, which keeps them free until it ends), on PostgreSQL the
/// next values of the id column's sequence.
Result<QList<RowId>> newIds(Database& db, const QString& table, qsizetype count);
QString updateSql(const QString& table, const QStringList& columns,
                  const QStringList& keepWhenNull);
QString deleteSql(const QString& table);
/// Deletes one row by id; `notFound` when no row had it.
Status removeRow(Database& db, const QString& table, RowId id, const Error& notFound);
/// As removeRow, with the statement deleteSql() made.
Status deleteRow(Database& db, const QString& deleteStatement, RowId id, const Error& notFound);

/// How one domain type with `id` and `uuid` members maps onto one table
/// with an `id` column.
template <typename T> struct RecordTable {
    QString table;
    /// Written by insert and update, in the order values() lists them; no id.
    QStringList columns;
    /// Columns an update leaves as stored when given NULL (the uuid and
    /// required timestamps, which insert fills in when missing).
    QStringList keepWhenNull;
    QVariantList (*values)(const T&) = nullptr;
    Result<T> (*read)(SqlRow&) = nullptr;
    Error (*notFound)(RowId) = nullptr;
    /// Fills in what a new record must have besides id and uuid.
    void (*stampNew)(T&) = nullptr;
    /// Writes (insert) or replaces (update) the child rows; may fill in
    /// child ids.
    Status (*saveChildren)(Database&, T&) = nullptr;
    Status (*loadChildren)(Database&, T&) = nullptr;
    /// Reads the child rows of several records at once, one statement per
    /// child table: `parentIds` is a subquery giving their ids (one column,
    /// `values` bound). selectRecords() uses it, when given, for more than
    /// one record instead of loadChildren per record.
    Status (*loadChildrenOfAll)(Database&, QList<T>&, const QString& parentIds,
                                const QVariantList& values) = nullptr;
    /// For a RowVersioned type: the refusal of a save based on an old
    /// version of the record (RowVersions::changedMeanwhile).
    Error (*changedMeanwhile)(Database&, RowId) = nullptr;

    // The statements, built once from the fields above when the (static)
    // map is made, not per call. Never given in an initializer.
    /// "SELECT id, … FROM table ": a WHERE / ORDER BY tail follows.
    /// A RowVersioned type's rows are read with their row_version, last.
    QString selectPrefix = selectSql(
        table, RowVersioned<T> ? columns + QStringList{QStringLiteral("row_version")} : columns,
        {});
    QString insertStatement = insertSql(table, columns) + QStringLiteral(" RETURNING id");
    /// A RowVersioned type's update checks and bumps the version.
    QString updateStatement = RowVersioned<T> ? RowVersions::updateSql(table, columns, keepWhenNull)
                                              : updateSql(table, columns, keepWhenNull);
    QString deleteStatement = deleteSql(table);
};

/// Refuses with `message` when `countSql` (one `?` for the id) counts any
/// row still pointing at the record.
Status refuseIfReferenced(Database& db, const QString& countSql, RowId id, const QString& message);

/// Runs a query and reads every row with `read`.
template <typename T, typename Read>
Result<QList<T>> readRows(Database& db, const QString& sql, const QVariantList& values,
                          const QString& table, const QStringList& keyColumns, Read read) {
    auto query = db.exec(sql, values);
    if (!query)
        return query.error();
    QList<T> rows;
    while (query->next()) {
        SqlRow row(*query, db.location(), table, keyColumns);
        Result<T> item = read(row);
        if (!item)
            return item.error();
        rows.append(std::move(item).value());
    }
    return rows;
}

/// Records of the table matching `tail` ("WHERE … ORDER BY …"), with their
/// child rows: read for all records at once when the table can
/// (loadChildrenOfAll), else record by record. A tail with LIMIT must
/// select the same rows every time it runs (its ORDER BY ends in the id).
template <typename T>
Result<QList<T>> selectRecords(Database& db, const RecordTable<T>& map, const QString& tail,
                               const QVariantList& values = {}) {
    auto readRecord = [&map](SqlRow& row) -> Result<T> {
        if constexpr (RowVersioned<T>) {
            const int version = row.integer("row_version");
            Result<T> record = map.read(row);
            if (record)
                record->rowVersion = version;
            return record;
        } else {
            return map.read(row);
        }
    };
    auto records = readRows<T>(db, map.selectPrefix + tail, values, map.table,
                               {QStringLiteral("id")}, readRecord);
    if (!records || !map.loadChildren)
        return records;
    if (map.loadChildrenOfAll && records->size() > 1) {
        // The same rows again as a subquery, so the statement's text stays
        // fixed however many records there are.
        const QString parentIds = QStringLiteral("SELECT id FROM ") + map.table + u' ' + tail;
        if (Status loaded = map.loadChildrenOfAll(db, *records, parentIds, values); !loaded)
            return loaded.error();
        return records;
    }
    for (T& record : *records) {
        if (Status loaded = map.loadChildren(db, record); !loaded)
            return loaded.error();
    }
    return records;
}

/// The first record matching `tail`, or std::nullopt.
template <typename T>
Result<std::optional<T>> selectFirst(Database& db, const RecordTable<T>& map, const QString& tail,
                                     const QVariantList& values) {
    auto records = selectRecords(db, map, tail, values);
    if (!records)
        return records.error();
    return records->isEmpty() ? std::optional<T>() : std::optional<T>(records->constFirst());
}

template <typename T> Result<T> selectById(Database& db, const RecordTable<T>& map, RowId id) {
    auto found = selectFirst(db, map, QStringLiteral("WHERE id = ?"), {id});
    if (!found)
        return found.error();
    if (!found->has_value())
        return map.notFound(id);
    return std::move(**found);
}

template <typename T>
Result<std::optional<T>> selectByUuid(Database& db, const RecordTable<T>& map, const QUuid& value) {
    return selectFirst(db, map, QStringLiteral("WHERE uuid = ?"), {sql::uuid(value)});
}

/// Inserts the record and its child rows in one transaction. `value` gets
/// its id (and uuid, stamps, child ids) only once everything is saved.
template <typename T> Status insertRecord(Database& db, const RecordTable<T>& map, T& value) {
    T stored = value;
    if (stored.uuid.isNull())
        stored.uuid = RecordUuid::create();
    if (map.stampNew)
        map.stampNew(stored);
    TransactionGuard tx(db);
    if (!tx.begun())
        return tx.begun();
    auto id = db.insert(map.insertStatement, map.values(stored));
    if (!id)
        return id.error();
    stored.id = *id;
    if (map.saveChildren) {
        if (Status saved = map.saveChildren(db, stored); !saved)
            return saved;
    }
    if (Status committed = tx.commit(); !committed)
        return committed;
    value = std::move(stored);
    return {};
}

/// Inserts records without child rows, many to a statement, in one
/// transaction: the cost of a statement is paid per batch, not per record.
/// The records are given their ids here, the ones AUTOINCREMENT would give
/// them (the transaction holds the write lock, so no other writer takes
/// them meanwhile): a RETURNING clause, and matching its rows back to the
/// records, cost a seventh of a large import. `records` get their ids (and
/// uuids, stamps) only once all are stored; when one is refused, none is,
/// and the error is the statement's.
template <typename T>
Status insertRecords(Database& db, const RecordTable<T>& map, QList<T>& records) {
    Q_ASSERT(!map.saveChildren);
    TransactionGuard tx(db);
    if (!tx.begun())
        return tx.begun();
    auto ids = newIds(db, map.table, records.size());
    if (!ids)
        return ids.error();
    QList<T> stored = records;
    for (qsizetype i = 0; i < stored.size(); ++i) {
        T& record = stored[i];
        record.id = ids->at(i);
        if (record.uuid.isNull())
            record.uuid = RecordUuid::create();
        if (map.stampNew)
            map.stampNew(record);
    }
    const QStringList columns = QStringList{QStringLiteral("id")} + map.columns;
    const qsizetype batch = recordsPerInsert(int(columns.size()));
    for (qsizetype first = 0; first < stored.size(); first += batch) {
        const qsizetype last = std::min(first + batch, stored.size());
        QVariantList values;
        values.reserve((last - first) * columns.size());
        for (qsizetype i = first; i < last; ++i) {
            values.append(stored.at(i).id);
            values.append(map.values(stored.at(i)));
        }
        auto inserted = db.fetchAll(insertManySql(map.table, columns, int(last - first)), values);
        if (!inserted)
            return inserted.error();
    }
    if (Status committed = tx.commit(); !committed)
        return committed;
    records = std::move(stored);
    return {};
}

/// Rewrites the record's row and replaces its child rows in one transaction.
/// A RowVersioned record goes through updateVersioned() instead.
template <typename T> Status updateRecord(Database& db, const RecordTable<T>& map, const T& value) {
    static_assert(!RowVersioned<T>, "a versioned row is only updated by updateVersioned()");
    TransactionGuard tx(db);
    if (!tx.begun())
        return tx.begun();
    QVariantList values = map.values(value);
    values.append(value.id);
    auto query = db.exec(map.updateStatement, values);
    if (!query)
        return query.error();
    if (query->numRowsAffected() < 1)
        return map.notFound(value.id);
    if (map.saveChildren) {
        T stored = value;
        if (Status saved = map.saveChildren(db, stored); !saved)
            return saved;
    }
    return tx.commit();
}

/// Rewrites the record's row and replaces its child rows in one
/// transaction, only when the row is still at the version `value` was read
/// at (RowVersions); `value.rowVersion` then moves on to the stored one.
/// When another save came first nothing is written, and the refusal
/// carries the record as it is stored now.
template <RowVersioned T>
VersionedSave<T> updateVersioned(Database& db, const RecordTable<T>& map, T& value) {
    TransactionGuard tx(db);
    if (!tx.begun())
        return tx.begun();
    auto written = RowVersions::run(db, map.table, map.updateStatement, map.values(value), value.id,
                                    value.rowVersion, map.notFound(value.id));
    if (!written)
        return written.error();
    if (!*written) {
        auto current = selectById(db, map, value.id);
        if (!current)
            return current.error();
        return VersionedSave<T>::stale(std::move(current).value(),
                                       map.changedMeanwhile(db, value.id));
    }
    if (map.saveChildren) {
        T stored = value;
        if (Status saved = map.saveChildren(db, stored); !saved)
            return saved;
    }
    if (Status committed = tx.commit(); !committed)
        return committed;
    ++value.rowVersion;
    return {};
}

template <typename T> Status removeRecord(Database& db, const RecordTable<T>& map, RowId id) {
    return deleteRow(db, map.deleteStatement, id, map.notFound(id));
}

} // namespace debrief::sql
