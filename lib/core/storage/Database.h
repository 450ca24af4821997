#pragma once

#include "Result.h"
#include "SqlDialect.h"
#include "SqlStatement.h"
#include "debrief_core_export.h"
#include "domain/RowId.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <QVariantList>

#include <memory>
#include <optional>

namespace debrief {

class ServerAddress;
class SqliteDirectStatements;
class StatementCache;

/// Where a database's data stood at one moment (Database::changeStamp): two
/// equal stamps mean that nothing was written in between, by this
/// connection or by any other.
struct DataStamp {
    /// The connection it was read on: stamps of two connections never match.
    QString connection;
    /// Rows this connection has inserted, changed or deleted.
    qint64 ownChanges = 0;
    /// Transactions this connection has rolled back: a read inside one saw
    /// rows that are gone after it, though no row changed since.
    qint64 ownRollbacks = 0;
    /// Changes other connections committed, as SQLite numbers them.
    qint64 othersVersion = 0;

    friend bool operator==(const DataStamp&, const DataStamp&) = default;
};

/// One open Debrief database: a named Qt SQL connection brought up to the
/// current schema. Every statement goes through exec() with bound values;
/// SQL text is never assembled from data. Each SQL text is compiled once per
/// connection and kept (see StatementCache), so a statement run for every
/// row of an import costs only its execution.
class DEBRIEF_CORE_EXPORT Database {
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    enum class OpenMode {
        /// Create the file (and its folders, owner-only) when it is missing.
        CreateIfMissing,
        /// The file must exist and hold a Debrief database.
        MustExist,
        /// As MustExist, for commands that only read: nothing is written,
        /// created, upgraded or left behind (see docs/ARCHITECTURE.md,
        /// "Storage"); works on write-protected files and folders.
        ReadOnly
    };

    /// How long a statement or a transaction waits for another connection
    /// (another Debrief, another program) to finish writing before it gives
    /// up and says the database is busy.
    static constexpr int kBusyTimeoutMs = 5000;

    /// Opens the database `location` names: a shared panel server when it is
    /// a PostgreSQL URI (ServerAddress::isServerUri: never taken for a file
    /// name), else an SQLite file.
    static Result<std::unique_ptr<Database>> open(const QString& location,
                                                  OpenMode mode = OpenMode::CreateIfMissing);
    /// Connects to a PostgreSQL database and brings its schema up to date
    /// (ReadOnly: checks it instead, and every transaction is read-only).
    /// The database itself must exist on the server.
    static Result<std::unique_ptr<Database>> openPostgres(const ServerAddress& server,
                                                          OpenMode mode = OpenMode::MustExist);
    /// Opens (or creates, owner-readable only) an SQLite file and migrates it.
    /// A file written by a newer Debrief is refused and left untouched. An
    /// existing file and its -wal/-shm files are tightened to their owner.
    static Result<std::unique_ptr<Database>> openSqlite(const QString& path,
                                                        OpenMode mode = OpenMode::CreateIfMissing);

    /// The schema version of the SQLite file at `path`, read without changing
    /// the file (0 when it holds no tables yet). An error when it is missing,
    /// not an SQLite database, not one of Debrief's or, with
    /// `checkIntegrity`, damaged.
    static Result<int> schemaVersionOf(const QString& path, bool checkIntegrity = false);
    /// One value read from the SQLite file at `path` through a read-only
    /// connection that creates, upgrades and locks nothing: for a look at a
    /// file before deciding what to do with it (its schema, whether it holds
    /// anyone's data). An error when the file cannot be read or `sql` fails
    /// on it (for example when it has no such table).
    static Result<QVariant> peekValue(const QString& path, const QString& sql);

    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    SqlDialect dialect() const { return m_dialect; }
    /// The file path (SQLite) or server description (PostgreSQL).
    QString location() const { return m_location; }
    int schemaVersion() const { return m_schemaVersion; }
    /// Opened with OpenMode::ReadOnly: every write is refused.
    bool isReadOnly() const { return m_readOnly; }
    QSqlDatabase connection() const;

    /// Runs `sql` with `values` bound positionally, compiling it only the
    /// first time (or while an earlier result of the same SQL is still being
    /// read). Let the statement go soon: it holds a read snapshot until then.
    Result<SqlStatement> exec(const QString& sql, const QVariantList& values = {});
    /// Runs `sql` with `values` bound positionally and gives every row of its
    /// result, each as its columns' values: for a statement whose result is
    /// read whole, such as an INSERT of a batch RETURNING the new ids. On
    /// SQLite it binds and reads through the SQLite library itself where
    /// that library is the one under Qt's driver (see
    /// SqliteDirectStatements), with the same values stored and the same
    /// messages as through Qt.
    Result<QList<QVariantList>> fetchAll(const QString& sql, const QVariantList& values);
    /// Whether fetchAll() goes through the SQLite library directly.
    bool fetchesDirectly() const;
    /// Sends fetchAll() through Qt's driver even where it could go directly
    /// (tests and benchmarks compare the two ways).
    void setFetchDirectly(bool direct) { m_fetchDirectly = direct; }
    /// Runs an INSERT … RETURNING id and gives the new row's id.
    Result<RowId> insert(const QString& sql, const QVariantList& values);
    /// Where the data stands now, so that whoever keeps what it read (the
    /// candidate list's search index) can tell whether it is still current:
    /// the stamp changes with every row this connection writes, every
    /// rollback and every commit of another connection.
    /// std::nullopt where the engine cannot tell; then read again each time.
    Result<std::optional<DataStamp>> changeStamp();
    /// How many statements this connection has compiled so far: shows the
    /// statement cache at work (tests, benchmarks).
    qint64 preparedStatementCount() const { return m_preparedStatements; }

private:
    friend class TransactionGuard;

    Database(QString connectionName, SqlDialect dialect, QString location);
    Status configureSqlite();
    Status configurePostgres();
    Status migrate();
    Status checkSchemaForReading();
    Status readSchemaVersion();
    Error sqlError(const QString& sql, const QSqlQuery& query) const;
    Error sqlError(const QString& sql, const QSqlError& error) const;
    /// The message for a statement SQLite refused because another connection
    /// writes (SQLITE_BUSY, SQLITE_LOCKED), if that is why.
    std::optional<Error> busyError(const QSqlError& error) const;

    // TransactionGuard's steps: a transaction that will write starts as the
    // writer (BEGIN IMMEDIATE), so it waits for the busy timeout up front
    // instead of failing when a read turns into a write.
    Status beginTransaction();
    Status commitTransaction();
    void rollbackTransaction();

    QString m_connectionName;
    SqlDialect m_dialect;
    QString m_location;
    int m_schemaVersion = 0;
    bool m_readOnly = false;
    int m_transactionDepth = 0;
    /// An inner step failed: the outermost transaction must not commit.
    bool m_transactionDoomed = false;
    std::unique_ptr<StatementCache> m_statements;
    std::unique_ptr<SqliteDirectStatements> m_direct;
    bool m_fetchDirectly = true;
    qint64 m_preparedStatements = 0;
    qint64 m_rollbacks = 0;
};

} // namespace debrief
