#include "Database.h"

#include "DatabaseBackup.h"
#include "Migration.h"
#include "ServerAddress.h"
#include "ServerConnectionEvents.h"
#include "ServerErrors.h"
#include "SqliteDirectStatements.h"
#include "StatementCache.h"
#include "TransactionGuard.h"
#include "files/OutputPaths.h"
#include "files/OwnerOnly.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlRecord>
#include <QUrl>
#include <QUuid>

#include <functional>

namespace debrief {
namespace {

QString newConnectionName() {
    return QStringLiteral("debrief-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

/// Creates an empty file that only its owner can read, before SQLite sees
/// it: candidate data must never be world-readable, not even for a moment.
Status createPrivateFile(const QString& path) {
    const QFileInfo info(path);
    if (auto made = OwnerOnly::makeFolders(info.absolutePath()); !made)
        return made;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        return Error{Database::tr("Cannot create %1: %2").arg(path, file.errorString())};
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return {};
}

/// Opens `path` for reading only. A read-only connection to a WAL-mode file
/// creates -wal and -shm files that it cannot remove on close; when there is
/// no -wal file, no connection has the file open in WAL mode and all data is
/// in the main file, so it is read as immutable, which creates and locks
/// nothing. When there is one, another connection is (or was) writing: read
/// through it, creating nothing new.
void openForPeek(QSqlDatabase& db, const QString& path) {
    if (QFileInfo::exists(path + QStringLiteral("-wal"))) {
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    } else {
        db.setDatabaseName(QUrl::fromLocalFile(path).toString(QUrl::FullyEncoded) +
                           QStringLiteral("?immutable=1"));
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
    }
    db.open();
}

/// Where a command that only reads opens `path`. Where it may write, a
/// normal connection with query_only on: SQLite's locks then keep it safe
/// from a writer starting meanwhile, and as the last connection to close it
/// removes the -wal and -shm files it made. Where it may not (a
/// write-protected file or folder), the read-only peek, which leaves nothing.
void openForReading(QSqlDatabase& db, const QString& path) {
    const QFileInfo file(path);
    if (file.isWritable() && QFileInfo(file.absolutePath()).isWritable()) {
        db.setDatabaseName(path);
        db.open();
        return;
    }
    openForPeek(db, path);
}

QString nativePath(const QString& path) {
    return QDir::toNativeSeparators(path);
}

Error emptyFileError(const QString& path) {
    return Error{Database::tr("%1 is empty: it is not a Debrief database (yet). Nothing was "
                              "changed; give the path of a database Debrief wrote.")
                     .arg(nativePath(path))};
}

/// Runs `read` on a read-only peek connection to `path` (openForPeek) and
/// closes it again; the text of what went wrong, or empty.
QString peek(const QString& path, const std::function<QString(QSqlDatabase&)>& read) {
    const QString name = newConnectionName();
    QString failure;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        openForPeek(db, path);
        if (!db.isOpen()) {
            failure = db.lastError().text();
        } else {
            failure = read(db);
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return failure;
}

/// Reads the schema version of an existing file through a read-only
/// connection, so that a file we must refuse is not touched at all. With
/// `checkIntegrity`, SQLite's integrity check must pass as well.
Result<int> peekSchemaVersion(const QString& path, bool checkIntegrity = false) {
    int version = 0;
    const QString failure = peek(path, [&version, checkIntegrity](QSqlDatabase& db) -> QString {
        QSqlQuery tables(db);
        if (!tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' "
                                        "AND name NOT LIKE 'sqlite_%'"))) {
            // SQLITE_CORRUPT (11): an SQLite file, but its pages are damaged.
            if (tables.lastError().nativeErrorCode() == QLatin1String("11"))
                return Database::tr("it is damaged (%1)").arg(tables.lastError().text());
            return Database::tr("it is not an SQLite database (%1)").arg(tables.lastError().text());
        }
        QStringList names;
        while (tables.next())
            names.append(tables.value(0).toString());
        if (!names.isEmpty() && !names.contains(QStringLiteral("schema_version")))
            return Database::tr("it is an SQLite database, but not one of Debrief's");
        QSqlQuery q(db);
        if (!names.isEmpty() && q.exec(QStringLiteral("SELECT MAX(version) FROM schema_version")) &&
            q.next())
            version = q.value(0).toInt();
        if (checkIntegrity) {
            QSqlQuery check(db);
            if (!check.exec(QStringLiteral("PRAGMA integrity_check")) || !check.next() ||
                check.value(0).toString() != QLatin1String("ok"))
                return Database::tr("it is damaged (SQLite's integrity check fails)");
        }
        return {};
    });
    if (!failure.isEmpty())
        return Error{Database::tr("Cannot open %1: %2").arg(path, failure)};
    return version;
}

Error newerSchemaError(SqlDialect dialect, const QString& location, int version) {
    if (dialect == SqlDialect::PostgreSql)
        return ServerErrors::newerSchema(location, version, latestSchemaVersion());
    const QString& path = location;
    return Error{Database::tr("%1 was written by a newer version of Debrief (schema %2; this "
                              "version knows up to %3). Update Debrief to open it; the file "
                              "was not changed.")
                     .arg(path)
                     .arg(version)
                     .arg(latestSchemaVersion())};
}

/// A statement on a server that failed because the connection is gone: said
/// so, and reported to ServerConnectionEvents so the window can reconnect.
std::optional<Error> lostConnectionError(SqlDialect dialect, const QString& connectionName,
                                         const QString& location, const QSqlError& error) {
    if (dialect != SqlDialect::PostgreSql)
        return std::nullopt;
    // Once QPSQL saw the connection break it closes it, and every later
    // statement fails with no error text at all.
    const bool closed = !QSqlDatabase::database(connectionName, false).isOpen();
    if (!closed && ServerErrors::classify(error) != ServerErrors::Kind::ConnectionLost)
        return std::nullopt;
    ServerConnectionEvents::instance().reportLost(connectionName);
    return ServerErrors::connectionLost(location);
}

Error olderSchemaError(SqlDialect dialect, const QString& path, int version) {
    if (dialect == SqlDialect::PostgreSql)
        return ServerErrors::olderSchema(path, version, latestSchemaVersion());
    return Error{Database::tr("%1 uses schema %2, from an earlier Debrief; this version reads "
                              "schema %3. Reading never upgrades a file: open it once in Debrief, "
                              "or run a command that writes to it, to upgrade it. The file was "
                              "not changed.")
                     .arg(nativePath(path))
                     .arg(version)
                     .arg(latestSchemaVersion())};
}

/// Whether the login of the server connection `db` may bring its schema
/// from `version` up to date. Only the owner of the tables (who ran
/// server-init, or a superuser) may change them, and a database without
/// Debrief's tables needs the right to create in it; a panelist's login has
/// neither. Asked before the first step, so nothing is written, and the
/// refusal says who can.
Status mayUpgradeServer(Database& db, bool schemaExists, int version) {
    auto may =
        db.exec(schemaExists ? QStringLiteral("SELECT pg_has_role(session_user, (SELECT relowner "
                                              "FROM pg_class WHERE oid = "
                                              "'schema_version'::regclass), 'MEMBER')")
                             : QStringLiteral("SELECT has_schema_privilege(current_schema(), "
                                              "'CREATE')"));
    if (!may)
        return may.error();
    if (may->next() && may->value(0).toBool())
        return {};
    return ServerErrors::olderSchema(db.location(), version, latestSchemaVersion());
}

/// Why `path` cannot be a database file at all, before SQLite is asked
/// (which would say "disk I/O error" for a folder).
std::optional<Error> unusablePath(const QString& path) {
    const QFileInfo info(path);
    if (info.isDir())
        return Error{Database::tr("%1 is a folder, not a database file. Give the path of a "
                                  "Debrief database file, such as %2.")
                         .arg(nativePath(path),
                              nativePath(QDir(path).filePath(QStringLiteral("panel.sqlite"))))};
    if (info.exists() && !info.isFile())
        return Error{
            Database::tr("%1 is not a regular file, so it cannot be a database.").arg(path)};
    return std::nullopt;
}

/// Why a command that writes cannot use the existing file `path`.
std::optional<Error> notWritable(const QString& path) {
    const QFileInfo file(path);
    if (!file.isWritable())
        return Error{Database::tr("%1 is write-protected: Debrief can read it but not change "
                                  "it. Commands that only read (export-json, compare, report) "
                                  "still work on it.")
                         .arg(nativePath(path))};
    if (!QFileInfo(file.absolutePath()).isWritable())
        return Error{Database::tr("%1 is in a folder you cannot write to, and SQLite keeps its "
                                  "journal next to the database while it writes. Commands that "
                                  "only read (export-json, compare, report) still work on it.")
                         .arg(nativePath(path))};
    return std::nullopt;
}

} // namespace

Result<QVariant> Database::peekValue(const QString& path, const QString& sql) {
    QVariant value;
    const QString failure = peek(path, [&](QSqlDatabase& db) -> QString {
        QSqlQuery q(db);
        if (!q.exec(sql) || !q.next())
            return q.lastError().text();
        value = q.value(0);
        return {};
    });
    if (!failure.isEmpty())
        return Error{tr("Cannot read %1: %2").arg(nativePath(path), failure)};
    return value;
}

Database::Database(QString connectionName, SqlDialect dialect, QString location)
    : m_connectionName(std::move(connectionName))
    , m_dialect(dialect)
    , m_location(std::move(location))
    , m_statements(std::make_unique<StatementCache>()) {
}

Database::~Database() {
    OutputPaths::databaseClosed(m_location);
    // Every compiled statement goes before the connection it belongs to.
    m_direct.reset();
    m_statements->clear();
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<std::unique_ptr<Database>> Database::openSqlite(const QString& path, OpenMode mode) {
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")))
        return Error{tr("The SQLite driver for Qt is not installed.")};
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (const auto unusable = unusablePath(absolute))
        return *unusable;
    const bool readOnly = mode == OpenMode::ReadOnly;
    if (QFileInfo::exists(absolute)) {
        // A file of no bytes holds no database; only a command that may
        // create one turns it into one.
        if (QFileInfo(absolute).size() == 0 && mode != OpenMode::CreateIfMissing)
            return emptyFileError(absolute);
        auto version = peekSchemaVersion(absolute);
        if (!version)
            return version.error();
        if (*version > latestSchemaVersion())
            return newerSchemaError(SqlDialect::Sqlite, absolute, *version);
        if (readOnly && *version == 0)
            return emptyFileError(absolute);
        if (readOnly && *version < latestSchemaVersion())
            return olderSchemaError(SqlDialect::Sqlite, absolute, *version);
        if (!readOnly) {
            if (const auto refused = notWritable(absolute))
                return *refused;
        }
        // Candidates' data is the owner's alone, also in a file another
        // program made or a copy kept 0644; SQLite gives new -wal and -shm
        // files the database's own mode. Best effort when only reading:
        // someone else's file is still readable, and is left as it is.
        for (const QString& file : OutputPaths::databaseFiles(absolute))
            OwnerOnly::tighten(file);
    } else if (mode != OpenMode::CreateIfMissing) {
        return Error{tr("%1 does not exist.").arg(nativePath(absolute))};
    } else if (auto created = createPrivateFile(absolute); !created) {
        return created.error();
    }

    std::unique_ptr<Database> database(
        new Database(newConnectionName(), SqlDialect::Sqlite, absolute));
    database->m_readOnly = readOnly;
    // From here on the destructor unregisters it, whatever happens next.
    OutputPaths::databaseOpened(absolute);
    QSqlDatabase db =
        QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), database->m_connectionName);
    if (readOnly) {
        openForReading(db, absolute);
    } else {
        db.setDatabaseName(absolute);
        db.open();
    }
    if (!db.isOpen())
        return Error{tr("Cannot open %1: %2").arg(absolute, db.lastError().text())};
    if (auto configured = database->configureSqlite(); !configured)
        return configured.error();
    database->m_direct = SqliteDirectStatements::attach(db);
    if (auto checked = readOnly ? database->checkSchemaForReading() : database->migrate(); !checked)
        return checked.error();
    return database;
}

Result<std::unique_ptr<Database>> Database::open(const QString& location, OpenMode mode) {
    if (!ServerAddress::isServerUri(location))
        return openSqlite(location, mode);
    auto server = ServerAddress::parse(location);
    if (!server)
        return server.error();
    return openPostgres(*server, mode);
}

Result<std::unique_ptr<Database>> Database::openPostgres(const ServerAddress& server,
                                                         OpenMode mode) {
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return Error{tr("The PostgreSQL driver for Qt is not installed.")};
    std::unique_ptr<Database> database(
        new Database(newConnectionName(), SqlDialect::PostgreSql, server.display()));
    database->m_readOnly = mode == OpenMode::ReadOnly;
    QSqlDatabase db =
        QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), database->m_connectionName);
    db.setHostName(server.host);
    db.setPort(server.port);
    db.setDatabaseName(server.database);
    db.setUserName(server.user);
    db.setPassword(server.password);
    db.setConnectOptions(server.connectOptions());
    if (!db.open())
        return ServerErrors::connectFailure(server, db.lastError());
    if (auto configured = database->configurePostgres(); !configured)
        return configured.error();
    const bool readOnly = mode == OpenMode::ReadOnly;
    if (auto checked = readOnly ? database->checkSchemaForReading() : database->migrate(); !checked)
        return checked.error();
    return database;
}

Result<int> Database::schemaVersionOf(const QString& path, bool checkIntegrity) {
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")))
        return Error{tr("The SQLite driver for Qt is not installed.")};
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (!QFileInfo(absolute).isFile())
        return Error{tr("%1 does not exist.").arg(absolute)};
    return peekSchemaVersion(absolute, checkIntegrity);
}

QSqlDatabase Database::connection() const {
    return QSqlDatabase::database(m_connectionName, false);
}

Status Database::configureSqlite() {
    // The busy timeout first: switching to WAL needs a lock another
    // connection may hold for a moment. Foreign keys are off by default in
    // SQLite and must be switched on per connection.
    // A page cache of 16 MiB (SQLite's default is 2 MiB) keeps the index and
    // the candidates a candidate list reads in memory from one read to the
    // next, instead of reading them from the file again each time.
    QStringList pragmas{QStringLiteral("PRAGMA busy_timeout = %1").arg(kBusyTimeoutMs),
                        QStringLiteral("PRAGMA foreign_keys = ON"),
                        QStringLiteral("PRAGMA cache_size = -16384")};
    if (m_readOnly) {
        // Never change the file's journal mode when only reading (it needs
        // write access, and a read-only folder would refuse it); query_only
        // makes any write on this connection an error.
        pragmas.append(QStringLiteral("PRAGMA query_only = ON"));
    } else {
        // WAL lets the GUI read while a save is under way.
        pragmas.append(QStringLiteral("PRAGMA journal_mode = WAL"));
        pragmas.append(QStringLiteral("PRAGMA synchronous = NORMAL"));
    }
    for (const QString& pragma : std::as_const(pragmas)) {
        if (auto done = exec(pragma); !done)
            return done.error();
    }
    return {};
}

Status Database::configurePostgres() {
    // The server's notices (such as "relation already exists, skipping")
    // are not the user's business. A connection that only reads makes
    // every transaction read-only, so the server refuses any write.
    QStringList settings{QStringLiteral("SET client_min_messages TO warning")};
    if (m_readOnly)
        settings.append(QStringLiteral("SET default_transaction_read_only TO on"));
    for (const QString& setting : std::as_const(settings)) {
        if (auto done = exec(setting); !done)
            return done.error();
    }
    return {};
}

Status Database::checkSchemaForReading() {
    if (auto read = readSchemaVersion(); !read)
        return read;
    // Another Debrief may have upgraded the file since the peek.
    if (m_schemaVersion > latestSchemaVersion())
        return newerSchemaError(m_dialect, m_location, m_schemaVersion);
    if (m_schemaVersion < latestSchemaVersion())
        return olderSchemaError(m_dialect, m_location, m_schemaVersion);
    return {};
}

Status Database::readSchemaVersion() {
    auto q = exec(QStringLiteral("SELECT MAX(version) FROM schema_version"));
    if (!q)
        return q.error();
    m_schemaVersion = q->next() ? q->value(0).toInt() : 0;
    return {};
}

Status Database::migrate() {
    // On a server a panelist's login may not create tables at all, and
    // PostgreSQL checks that right even for a CREATE … IF NOT EXISTS of a
    // table that is there: ask first.
    bool exists = false;
    if (m_dialect == SqlDialect::PostgreSql) {
        auto found = exec(QStringLiteral("SELECT to_regclass('schema_version') IS NOT NULL"));
        if (!found)
            return found.error();
        exists = found->next() && found->value(0).toBool();
        if (!exists) {
            if (Status allowed = mayUpgradeServer(*this, false, 0); !allowed)
                return allowed;
        }
    }
    if (!exists) {
        auto created = exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version ("
                                           "version INTEGER NOT NULL PRIMARY KEY, "
                                           "description TEXT NOT NULL, applied_at TEXT NOT NULL)"));
        if (!created)
            return created.error();
    }
    if (auto read = readSchemaVersion(); !read)
        return read;
    // The peek before opening cannot see a version that is still only in
    // another instance's WAL; never write to a newer schema.
    if (m_schemaVersion > latestSchemaVersion())
        return newerSchemaError(m_dialect, m_location, m_schemaVersion);
    const int latest = latestSchemaVersion();
    if (m_dialect == SqlDialect::PostgreSql && exists && m_schemaVersion < latest) {
        if (Status allowed = mayUpgradeServer(*this, true, m_schemaVersion); !allowed)
            return allowed;
    }
    if (m_dialect == SqlDialect::Sqlite && m_schemaVersion >= 1 && m_schemaVersion < latest) {
        // The file as it was, next to it, before the first step changes it.
        auto copy = DatabaseBackup::beforeUpgrade(*this, latest, QDateTime::currentDateTimeUtc());
        if (!copy)
            return copy.error();
    }
    for (const Migration& step : allMigrations()) {
        if (step.version <= m_schemaVersion)
            continue;
        TransactionGuard tx(*this);
        if (!tx.begun())
            return tx.begun();
        const auto failed = [this, &step](const QString& reason) {
            return Error{tr("Cannot upgrade %1 to schema %2: %3")
                             .arg(m_location)
                             .arg(step.version)
                             .arg(reason)};
        };
        for (const QString& statement : step.statements) {
            if (auto done = exec(statement); !done)
                return failed(done.error().message);
        }
        if (step.complete) {
            if (Status done = step.complete(*this); !done)
                return failed(done.errorMessage());
        }
        auto recorded = exec(QStringLiteral("INSERT INTO schema_version (version, description, "
                                            "applied_at) VALUES (?, ?, ?)"),
                             {step.version, step.description,
                              QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)});
        if (!recorded)
            return recorded.error();
        if (auto committed = tx.commit(); !committed)
            return committed;
        m_schemaVersion = step.version;
    }
    return {};
}

Result<SqlStatement> Database::exec(const QString& text, const QVariantList& values) {
    const QString sql = hasPlaceholders(text) ? adaptSql(text, m_dialect) : text;
    // PostgreSQL prepares only plain queries (no SET, no schema changes):
    // a statement without values goes to it as it is, uncompiled.
    if (m_dialect == SqlDialect::PostgreSql && values.isEmpty()) {
        auto direct = std::make_shared<PreparedQuery>(PreparedQuery{QSqlQuery(connection())});
        direct->query.setForwardOnly(true);
        if (!direct->query.exec(sql))
            return sqlError(sql, direct->query);
        return SqlStatement(direct);
    }
    std::shared_ptr<PreparedQuery> prepared = m_statements->take(sql, values.size());
    if (!prepared) {
        prepared = std::make_shared<PreparedQuery>(PreparedQuery{QSqlQuery(connection())});
        // Otherwise QSQLITE keeps every row it fetched, for going back.
        prepared->query.setForwardOnly(true);
        if (!prepared->query.prepare(sql))
            return sqlError(sql, prepared->query);
        ++m_preparedStatements;
        m_statements->keep(sql, prepared);
    }
    SqlStatement statement(prepared);
    for (qsizetype i = 0; i < values.size(); ++i)
        prepared->query.bindValue(int(i), values.at(i));
    if (!prepared->query.exec()) {
        m_statements->forget(sql, prepared.get());
        const Error error = sqlError(sql, prepared->query);
        // The server takes no command in this transaction any more, not
        // even the one freeing the statement: free it once it has ended.
        if (m_dialect == SqlDialect::PostgreSql && m_transactionDepth > 0)
            m_statements->retire(std::move(prepared));
        return error;
    }
    return statement;
}

Result<QList<QVariantList>> Database::fetchAll(const QString& text, const QVariantList& values) {
    const QString sql = hasPlaceholders(text) ? adaptSql(text, m_dialect) : text;
    if (fetchesDirectly()) {
        auto outcome = m_direct->run(sql, values);
        if (auto* rows = std::get_if<SqliteDirectStatements::Rows>(&outcome))
            return std::move(*rows);
        if (auto* error = std::get_if<QSqlError>(&outcome))
            return sqlError(sql, *error);
        // A value the library is not given directly: through Qt.
    }
    auto query = exec(sql, values);
    if (!query)
        return query.error();
    QList<QVariantList> rows;
    const int columns = query->record().count();
    while (query->next()) {
        QVariantList row;
        row.reserve(columns);
        for (int column = 0; column < columns; ++column)
            row.append(query->value(column));
        rows.append(std::move(row));
    }
    return rows;
}

bool Database::fetchesDirectly() const {
    return m_direct && m_fetchDirectly;
}

Result<RowId> Database::insert(const QString& sql, const QVariantList& values) {
    auto query = exec(sql, values);
    if (!query)
        return query.error();
    if (!query->next())
        return Error{tr("The database did not return the new record's id.")};
    return query->value(0).toLongLong();
}

Result<std::optional<DataStamp>> Database::changeStamp() {
    if (m_dialect != SqlDialect::Sqlite)
        return std::optional<DataStamp>();
    // total_changes() counts this connection's row changes (cascades
    // included); data_version moves when another connection commits.
    auto stamp =
        exec(QStringLiteral("SELECT total_changes(), data_version FROM pragma_data_version"));
    if (!stamp)
        return stamp.error();
    if (!stamp->next())
        return Error{tr("Could not tell whether %1 has changed.").arg(nativePath(m_location))};
    return std::optional(DataStamp{m_connectionName, stamp->value(0).toLongLong(), m_rollbacks,
                                   stamp->value(1).toLongLong()});
}

Error Database::sqlError(const QString& sql, const QSqlQuery& query) const {
    return sqlError(sql, query.lastError());
}

Error Database::sqlError(const QString& sql, const QSqlError& error) const {
    if (auto busy = busyError(error))
        return *busy;
    if (auto lost = lostConnectionError(m_dialect, m_connectionName, m_location, error))
        return *lost;
    // A right the login does not have: said in words, never as the SQL.
    if (m_dialect == SqlDialect::PostgreSql &&
        ServerErrors::classify(error) == ServerErrors::Kind::Refused)
        return ServerErrors::refused(m_location);
    // SQLITE_READONLY: a write on a connection opened for reading.
    if (m_dialect == SqlDialect::Sqlite && (error.nativeErrorCode().toInt() & 0xff) == 8)
        return Error{
            tr("%1 was opened for reading only; nothing was changed.").arg(nativePath(m_location))};
    // The statement text is ours, never user data, so it is safe to show;
    // bound values (which may be personal data) are deliberately left out.
    return Error{tr("Database error in %1: %2 (statement: %3)")
                     .arg(m_location, error.text(), sql.simplified().left(120))};
}

std::optional<Error> Database::busyError(const QSqlError& error) const {
    if (m_dialect != SqlDialect::Sqlite)
        return std::nullopt;
    // SQLITE_BUSY (5) and SQLITE_LOCKED (6), also as extended codes.
    const int code = error.nativeErrorCode().toInt() & 0xff;
    if (code != 5 && code != 6)
        return std::nullopt;
    return Error{tr("%1 is busy: another Debrief or another program is writing to it and did not "
                    "finish within %n second(s). Nothing was changed; try again when it is done.",
                    "", kBusyTimeoutMs / 1000)
                     .arg(nativePath(m_location))};
}

Status Database::beginTransaction() {
    QSqlDatabase db = connection();
    if (m_dialect != SqlDialect::Sqlite) {
        if (db.transaction())
            return {};
        if (auto lost =
                lostConnectionError(m_dialect, m_connectionName, m_location, db.lastError()))
            return *lost;
        return Error{
            tr("Cannot start a transaction on %1: %2").arg(m_location, db.lastError().text())};
    }
    // Qt's transaction() sends a plain (deferred) BEGIN: its first read
    // takes a snapshot, and when a later write finds another connection
    // writing, SQLite refuses at once instead of waiting (the busy timeout
    // cannot help, the snapshot would be stale). IMMEDIATE takes the write
    // lock now, waiting up to the busy timeout for it, so whatever the
    // transaction reads (a duplicate check) holds until it commits. A
    // connection that only reads takes a plain snapshot.
    QSqlQuery begin(db);
    if (begin.exec(m_readOnly ? QStringLiteral("BEGIN") : QStringLiteral("BEGIN IMMEDIATE")))
        return {};
    if (auto busy = busyError(begin.lastError()))
        return *busy;
    return Error{
        tr("Cannot start a transaction on %1: %2").arg(m_location, begin.lastError().text())};
}

Status Database::commitTransaction() {
    QSqlDatabase db = connection();
    if (m_dialect == SqlDialect::Sqlite) {
        QSqlQuery commit(db);
        if (commit.exec(QStringLiteral("COMMIT")))
            return {};
        const QSqlError error = commit.lastError();
        rollbackTransaction();
        if (auto busy = busyError(error))
            return *busy;
        return Error{tr("Cannot save the changes to %1: %2").arg(m_location, error.text())};
    }
    if (db.commit()) {
        m_statements->releaseRetired();
        return {};
    }
    const QSqlError error = db.lastError();
    db.rollback();
    m_statements->releaseRetired();
    if (auto lost = lostConnectionError(m_dialect, m_connectionName, m_location, error))
        return *lost;
    const QString reason = error.text();
    return Error{tr("Cannot save the changes to %1: %2").arg(m_location, reason)};
}

void Database::rollbackTransaction() {
    ++m_rollbacks;
    QSqlDatabase db = connection();
    if (m_dialect == SqlDialect::Sqlite) {
        QSqlQuery rollback(db);
        rollback.exec(QStringLiteral("ROLLBACK"));
        return;
    }
    db.rollback();
    m_statements->releaseRetired();
}

} // namespace debrief
