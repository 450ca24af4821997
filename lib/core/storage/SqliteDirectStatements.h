#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QSqlError>
#include <QString>
#include <QVariantList>

#include <memory>
#include <optional>
#include <variant>

struct sqlite3;
struct sqlite3_stmt;

namespace debrief {

/// The statements an import runs once per batch, bound and read through the
/// SQLite library itself instead of through Qt's driver. Qt binds each value
/// by looking its position up in a table of placeholder names, and a batch of
/// a hundred records binds over two thousand of them: that lookup alone was
/// a quarter of an import's time. Values are bound exactly as Qt's SQLite
/// driver binds them (same SQLite calls for the same types), so a row stored
/// either way is the same row.
///
/// Only made when the SQLite library Debrief is linked to is the very one
/// under Qt's driver (same version and source): a connection handle belongs
/// to the library that opened it. Internal to Database.
class SqliteDirectStatements {
public:
    /// Rows of a result, each its columns' values.
    using Rows = QList<QVariantList>;
    /// What run() gives: the rows, the error SQLite reported, or nothing when
    /// the values hold a type bound here differently than Qt would bind it
    /// (the caller then runs the statement through Qt).
    using Outcome = std::variant<std::monostate, Rows, QSqlError>;

    /// For an open QSQLITE connection; nullptr when its library is not the
    /// one Debrief links, or Debrief was built without SQLite's headers.
    static std::unique_ptr<SqliteDirectStatements> attach(const QSqlDatabase& connection);

    ~SqliteDirectStatements();
    SqliteDirectStatements(const SqliteDirectStatements&) = delete;
    SqliteDirectStatements& operator=(const SqliteDirectStatements&) = delete;

    /// Runs `sql` with `values` bound by position and reads all its rows.
    /// The statement is compiled the first time and kept until clear().
    Outcome run(const QString& sql, const QVariantList& values);
    /// Finalizes every kept statement: before the connection closes, which
    /// SQLite refuses while any is alive.
    void clear();

    /// Whether run() binds `value` itself (the types Qt's driver binds as
    /// they are: null, integers, booleans, doubles, text and bytes).
    static bool bindsDirectly(const QVariant& value);

private:
    explicit SqliteDirectStatements(sqlite3* handle);
    sqlite3_stmt* prepared(const QString& sql, QSqlError& error);
    bool bind(sqlite3_stmt* statement, const QVariantList& values, QSqlError& error);
    QSqlError errorOf(const char* what, int code) const;

    [[maybe_unused]] sqlite3* m_handle = nullptr;
    QHash<QString, sqlite3_stmt*> m_statements;
    /// The bound texts of the statement being run, as UTF-8.
    QByteArray m_utf8;
};

} // namespace debrief
