#include "Database.h"

#include "DatabaseBackup.h"
#include "Migration.h"
#include "TransactionGuard.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlRecord>
#include <QUrl>
#include <QUuid>

namespace debrief {
namespace {

QString newConnectionName() {
    return QStringLiteral("debrief-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

/// Creates an empty file that only its owner can read, before SQLite sees
/// it: candidate data must never be world-readable, not even for a moment.
Status createPrivateFile(const QString& path) {
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath()))
        return Error{Database::tr("Cannot create the folder %1.").arg(info.absolutePath())};
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        return Error{Database::tr("Cannot create %1: %2").arg(path, file.errorString())};
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return {};
}

/// Opens `path` for reading only. A read-only connection to a WAL-mode file
/// creates -wal and -shm files that it cannot remove on close; when there is
/// no -wal file, all data is in the main file, so it is read as immutable,
/// which creates and locks nothing.
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

/// Reads the schema version of an existing file through a read-only
/// connection, so that a file we must refuse is not touched at all. With
/// `checkIntegrity`, SQLite's integrity check must pass as well.
Result<int> peekSchemaVersion(const QString& path, bool checkIntegrity = false) {
    const QString name = newConnectionName();
    int version = 0;
    QString failure;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        openForPeek(db, path);
        if (!db.isOpen()) {
            failure = db.lastError().text();
        } else {
            QSqlQuery tables(db);
            const bool listed =
                tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' "
                                           "AND name NOT LIKE 'sqlite_%'"));
            QStringList names;
            while (listed && tables.next())
                names.append(tables.value(0).toString());
            if (!listed && tables.lastError().nativeErrorCode() == QLatin1String("11")) {
                // SQLITE_CORRUPT: an SQLite file, but its pages are damaged.
                failure = Database::tr("it is damaged (%1)").arg(tables.lastError().text());
            } else if (!listed) {
                failure = Database::tr("it is not an SQLite database (%1)")
                              .arg(tables.lastError().text());
            } else if (!names.isEmpty() && !names.contains(QStringLiteral("schema_version"))) {
                failure = Database::tr("it is an SQLite database, but not one of Debrief's");
            } else if (!names.isEmpty()) {
                QSqlQuery q(db);
                if (q.exec(QStringLiteral("SELECT MAX(version) FROM schema_version")) && q.next())
                    version = q.value(0).toInt();
            }
            if (failure.isEmpty() && checkIntegrity) {
                QSqlQuery check(db);
                if (!check.exec(QStringLiteral("PRAGMA integrity_check")) || !check.next() ||
                    check.value(0).toString() != QLatin1String("ok"))
                    failure = Database::tr("it is damaged (SQLite's integrity check fails)");
            }
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    if (!failure.isEmpty())
        return Error{Database::tr("Cannot open %1: %2").arg(path, failure)};
    return version;
}

Error newerSchemaError(const QString& path, int version) {
    return Error{Database::tr("%1 was written by a newer version of Debrief (schema %2; this "
                              "version knows up to %3). Update Debrief to open it; the file "
                              "was not changed.")
                     .arg(path)
                     .arg(version)
                     .arg(latestSchemaVersion())};
}

} // namespace

Database::Database(QString connectionName, SqlDialect dialect, QString location)
    : m_connectionName(std::move(connectionName))
    , m_dialect(dialect)
    , m_location(std::move(location)) {
}

Database::~Database() {
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
    if (QFileInfo::exists(absolute)) {
        auto version = peekSchemaVersion(absolute);
        if (!version)
            return version.error();
        if (*version > latestSchemaVersion())
            return newerSchemaError(absolute, *version);
    } else if (mode == OpenMode::MustExist) {
        return Error{tr("%1 does not exist.").arg(absolute)};
    } else if (auto created = createPrivateFile(absolute); !created) {
        return created.error();
    }

    std::unique_ptr<Database> database(
        new Database(newConnectionName(), SqlDialect::Sqlite, absolute));
    QSqlDatabase db =
        QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), database->m_connectionName);
    db.setDatabaseName(absolute);
    if (!db.open())
        return Error{tr("Cannot open %1: %2").arg(absolute, db.lastError().text())};
    if (auto configured = database->configureSqlite(); !configured)
        return configured.error();
    if (auto migrated = database->migrate(); !migrated)
        return migrated.error();
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
    // WAL lets the GUI read while a save is under way; foreign keys are off
    // by default in SQLite and must be switched on per connection.
    for (const auto* pragma : {"PRAGMA foreign_keys = ON", "PRAGMA journal_mode = WAL",
                               "PRAGMA synchronous = NORMAL", "PRAGMA busy_timeout = 5000"}) {
        if (auto done = exec(QString::fromLatin1(pragma)); !done)
            return done.error();
    }
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
    auto created = exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version ("
                                       "version INTEGER NOT NULL PRIMARY KEY, "
                                       "description TEXT NOT NULL, applied_at TEXT NOT NULL)"));
    if (!created)
        return created.error();
    if (auto read = readSchemaVersion(); !read)
        return read;
    // The peek before opening cannot see a version that is still only in
    // another instance's WAL; never write to a newer schema.
    if (m_schemaVersion > latestSchemaVersion())
        return newerSchemaError(m_location, m_schemaVersion);
    const int latest = latestSchemaVersion();
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
        for (const QString& statement : step.statements) {
            if (auto done = exec(adaptDdl(statement, m_dialect)); !done)
                return Error{tr("Cannot upgrade %1 to schema %2: %3")
                                 .arg(m_location)
                                 .arg(step.version)
                                 .arg(done.error().message)};
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

Result<QSqlQuery> Database::exec(const QString& sql, const QVariantList& values) {
    QSqlQuery query(connection());
    if (!query.prepare(sql))
        return sqlError(sql, query);
    for (const QVariant& value : values)
        query.addBindValue(value);
    if (!query.exec())
        return sqlError(sql, query);
    return query;
}

Result<RowId> Database::insert(const QString& sql, const QVariantList& values) {
    auto query = exec(sql, values);
    if (!query)
        return query.error();
    if (!query->next())
        return Error{tr("The database did not return the new record's id.")};
    return query->value(0).toLongLong();
}

Error Database::sqlError(const QString& sql, const QSqlQuery& query) const {
    // The statement text is ours, never user data, so it is safe to show;
    // bound values (which may be personal data) are deliberately left out.
    return Error{tr("Database error in %1: %2 (statement: %3)")
                     .arg(m_location, query.lastError().text(), sql.simplified().left(120))};
}

} // namespace debrief
