#include "PostgresServer.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace debrief::test {

std::optional<ServerAddress> PostgresServer::admin() {
    const QString path = qEnvironmentVariable("DEBRIEF_TEST_POSTGRES_URI_FILE");
    QFile file(path);
    if (path.isEmpty() || !file.open(QIODevice::ReadOnly)) {
        qWarning("No test server: DEBRIEF_TEST_POSTGRES_URI_FILE (%s) names no readable file; "
                 "run the test through ctest, which starts the server.",
                 qPrintable(path));
        return std::nullopt;
    }
    auto address = ServerAddress::parse(QString::fromUtf8(file.readAll()).trimmed());
    if (!address) {
        qWarning("%s", qPrintable(address.errorMessage()));
        return std::nullopt;
    }
    return *address;
}

bool PostgresServer::run(const QString& database, const QString& sql) {
    const auto server = admin();
    if (!server)
        return false;
    const QString name = QStringLiteral("admin-") + QUuid::createUuid().toString();
    bool done = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(server->host);
        db.setPort(server->port);
        db.setUserName(server->user);
        db.setDatabaseName(database);
        db.setConnectOptions(server->connectOptions());
        if (!db.open()) {
            qWarning("cannot connect as the admin: %s", qPrintable(db.lastError().text()));
        } else {
            QSqlQuery query(db);
            // Without the server's notices ("… does not exist, skipping").
            done =
                query.exec(QStringLiteral("SET client_min_messages TO warning")) && query.exec(sql);
            if (!done)
                qWarning("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
        }
    }
    QSqlDatabase::removeDatabase(name);
    return done;
}

QSqlDatabase PostgresServer::connectAs(const QString& connection, const QString& database,
                                       const QString& user, const QString& password) {
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
    const auto server = admin();
    if (!server)
        return db;
    db.setHostName(server->host);
    db.setPort(server->port);
    db.setDatabaseName(database);
    db.setUserName(user);
    db.setPassword(password);
    db.setConnectOptions(server->connectOptions());
    if (!db.open())
        qWarning("cannot connect as %s: %s", qPrintable(user), qPrintable(db.lastError().text()));
    return db;
}

std::optional<ServerAddress> PostgresServer::freshDatabase(const QString& name) {
    const auto server = admin();
    if (!server)
        return std::nullopt;
    // Test-made names only ([a-z0-9_]): safe to put into the statement.
    if (!run(server->database,
             QStringLiteral("DROP DATABASE IF EXISTS ") + name + QStringLiteral(" WITH (FORCE)")) ||
        !run(server->database, QStringLiteral("CREATE DATABASE ") + name))
        return std::nullopt;
    return server->withDatabase(name);
}

} // namespace debrief::test
