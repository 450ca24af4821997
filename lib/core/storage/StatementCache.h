#pragma once

#include <QHash>
#include <QList>
#include <QSqlQuery>
#include <QString>

#include <list>
#include <memory>

// Internal to the storage layer: Database keeps one StatementCache per
// connection, SqlStatement lends its entries.
namespace debrief {

/// A statement compiled once and run again and again with new values.
struct PreparedQuery {
    QSqlQuery query;
    /// A SqlStatement is reading it: a second caller gets its own query.
    bool lent = false;
};

/// The prepared statements of one connection by SQL text, the least
/// recently used dropped beyond a bound (some SQL is built with IN-lists of
/// varying length, so the set of texts is not fixed). Compiling a statement
/// costs far more than running it, so an import of many rows compiles each
/// of its statements once.
class StatementCache {
public:
    static constexpr int kCapacity = 128;

    explicit StatementCache(int capacity = kCapacity);

    /// The cached statement for `sql`, marked as most recently used, when
    /// nobody is reading it and it was last run with `valueCount` values (so
    /// no stale value from an earlier run can stand in for a missing one);
    /// otherwise null.
    std::shared_ptr<PreparedQuery> take(const QString& sql, qsizetype valueCount);
    /// Remembers `prepared` for `sql` unless a statement for it is cached
    /// already (one that is lent: the caller runs the same SQL nested) or
    /// it is not worth keeping.
    void keep(const QString& sql, std::shared_ptr<PreparedQuery> prepared);
    /// A statement that reads or writes rows, run again and again. Not a
    /// schema change or pragma (run once, on opening), and not one selecting
    /// `*`: its columns change when the table does, and Qt's SQLite driver
    /// sizes a rerun's first row by the columns of the run before, which
    /// crashes when another column came.
    static bool worthKeeping(const QString& sql);
    /// Drops `prepared`, cached for `sql` (it failed: the next run compiles
    /// the statement afresh).
    void forget(const QString& sql, const PreparedQuery* prepared);
    /// Keeps a failed statement until the transaction it failed in has
    /// ended: PostgreSQL refuses every command in a transaction after an
    /// error, also the one that frees a statement, which would then stay on
    /// the server for as long as the connection lasts.
    void retire(std::shared_ptr<PreparedQuery> failed);
    /// Frees the statements retire() kept (the transaction has ended).
    void releaseRetired() { m_retired.clear(); }
    /// Drops every statement; one still lent lives on until given back.
    void clear();
    int size() const { return int(m_index.size()); }

private:
    using Entry = std::pair<QString, std::shared_ptr<PreparedQuery>>;
    int m_capacity;
    /// Most recently used first.
    std::list<Entry> m_entries;
    QHash<QString, std::list<Entry>::iterator> m_index;
    QList<std::shared_ptr<PreparedQuery>> m_retired;
};

} // namespace debrief
