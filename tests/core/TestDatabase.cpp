#include "TestDatabase.h"

#include "PostgresServer.h"

#include "storage/ServerAddress.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QSet>

namespace debrief::test {

namespace {

/// The server databases this process made, dropped when it ends.
QSet<QString>& madeDatabases() {
    static QSet<QString> names;
    return names;
}

void drop(const ServerAddress& server, const QString& name) {
    // Test-made names only ([a-z0-9_]): safe to put into the statement.
    PostgresServer::run(server.database, QStringLiteral("DROP DATABASE IF EXISTS ") + name +
                                             QStringLiteral(" WITH (FORCE)"));
}

void dropMadeDatabases() {
    const auto server = PostgresServer::admin();
    if (!server)
        return;
    for (const QString& name : std::as_const(madeDatabases()))
        drop(*server, name);
    madeDatabases().clear();
}

/// The server database standing for `path`: the test program's name and a
/// hash of the absolute path (which holds the temporary folder's random
/// name), so two runs, two programs and two paths never share one. Only
/// [a-z0-9_], at most 63 characters (PostgreSQL's limit).
QString databaseNameFor(const QString& path) {
    QString program = QCoreApplication::applicationName().toLower();
    for (QChar& c : program) {
        if (!(c.isLetterOrNumber() && c.unicode() < 128))
            c = QLatin1Char('_');
    }
    const QByteArray hash = QCryptographicHash::hash(QFileInfo(path).absoluteFilePath().toUtf8(),
                                                     QCryptographicHash::Sha1)
                                .toHex()
                                .left(16);
    return (QStringLiteral("t_") + program.left(40) + QLatin1Char('_') + QString::fromLatin1(hash));
}

std::optional<ServerAddress> serverAddressFor(const QString& path, bool fresh) {
    const QString name = databaseNameFor(path);
    if (fresh && !madeDatabases().contains(name)) {
        auto address = PostgresServer::freshDatabase(name);
        if (!address)
            return std::nullopt;
        if (madeDatabases().isEmpty())
            qAddPostRoutine(dropMadeDatabases);
        madeDatabases().insert(name);
        return address;
    }
    const auto server = PostgresServer::admin();
    if (!server)
        return std::nullopt;
    return server->withDatabase(name);
}

} // namespace

bool TestDatabase::onServer() {
    return qEnvironmentVariable("DEBRIEF_TEST_ENGINE") == QLatin1String("postgres");
}

Result<std::unique_ptr<Database>> TestDatabase::open(const QString& path, Database::OpenMode mode) {
    if (!onServer())
        return Database::openSqlite(path, mode);
    // A database's own location() (a test opening it a second time).
    if (ServerAddress::isServerUri(path))
        return Database::open(path, mode);
    const auto address = serverAddressFor(path, mode == Database::OpenMode::CreateIfMissing);
    if (!address)
        return Error{QStringLiteral("No test server for %1 (see the warning above).").arg(path)};
    return Database::openPostgres(*address, mode);
}

void TestDatabase::remove(const QString& path) {
    if (!onServer()) {
        for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(path + suffix);
        return;
    }
    const QString name = databaseNameFor(path);
    if (!madeDatabases().remove(name))
        return;
    if (const auto server = PostgresServer::admin())
        drop(*server, name);
}

Status TestDatabase::refuseWrites(Database& db, const QString& trigger, const QString& event,
                                  const QString& table, const QString& when) {
    const QString on = QStringLiteral(" BEFORE ") + event + QStringLiteral(" ON ") + table;
    QStringList statements;
    if (db.dialect() == SqlDialect::Sqlite) {
        statements.append(QStringLiteral("CREATE TRIGGER ") + trigger + on +
                          (when.isEmpty() ? QString() : QStringLiteral(" WHEN ") + when) +
                          QStringLiteral(" BEGIN SELECT RAISE(ABORT, 'refused for the test'); "
                                         "END"));
    } else {
        statements.append(QStringLiteral("CREATE FUNCTION ") + trigger +
                          QStringLiteral("_refuses() RETURNS trigger LANGUAGE plpgsql AS $$ "
                                         "BEGIN RAISE EXCEPTION 'refused for the test'; END $$"));
        statements.append(
            QStringLiteral("CREATE TRIGGER ") + trigger + on + QStringLiteral(" FOR EACH ROW") +
            (when.isEmpty() ? QString() : QStringLiteral(" WHEN (") + when + u')') +
            QStringLiteral(" EXECUTE FUNCTION ") + trigger + QStringLiteral("_refuses()"));
    }
    for (const QString& statement : std::as_const(statements)) {
        if (auto done = db.exec(statement); !done)
            return done.error();
    }
    return {};
}

QString TestDatabase::location(const QString& path) {
    if (!onServer())
        return path;
    const auto address = serverAddressFor(path, true);
    return address ? address->display() : path;
}

} // namespace debrief::test
