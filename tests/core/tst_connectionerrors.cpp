// What Debrief says when a shared panel server cannot be used, each case
// provoked for real against the PostgreSQL server ctest starts
// (scripts/pg-test-server: postgres trusted on loopback, every other role
// with a scram-sha-256 password, no TLS): a port nothing listens on, a wrong
// password and a role that does not exist, TLS required of a server without
// it, a database that is not there, a schema set up by a newer Debrief, and
// a session an administrator ends. The messages come from ServerErrors, the
// one place that reads QPSQL's and libpq's errors.

#include "PostgresServer.h"

#include "storage/Database.h"
#include "storage/Migration.h"
#include "storage/ServerAddress.h"
#include "storage/ServerConnectionEvents.h"
#include "storage/ServerErrors.h"

#include <QSignalSpy>
#include <QSqlError>
#include <QTest>

using namespace debrief;
using debrief::test::PostgresServer;

namespace {

const QString kRole = QStringLiteral("debrief_errors_panelist");
const QString kPassword = QStringLiteral("right horse battery");

/// A fresh database owned by kRole, who logs in with kPassword.
std::optional<ServerAddress> panelistDatabase(const QString& name) {
    const auto admin = PostgresServer::freshDatabase(name);
    if (!admin)
        return std::nullopt;
    // The role may be left from an earlier run; its password is set anew.
    PostgresServer::run(admin->database,
                        QStringLiteral("DO $$BEGIN CREATE ROLE %1 LOGIN; EXCEPTION WHEN "
                                       "duplicate_object THEN NULL; END$$")
                            .arg(kRole));
    if (!PostgresServer::run(admin->database,
                             QStringLiteral("ALTER ROLE %1 PASSWORD '%2'").arg(kRole, kPassword)) ||
        !PostgresServer::run(admin->database,
                             QStringLiteral("ALTER DATABASE %1 OWNER TO %2").arg(name, kRole)))
        return std::nullopt;
    ServerAddress address = *admin;
    address.user = kRole;
    address.password = kPassword;
    return address;
}

QString messageOf(const ServerAddress& address) {
    auto db = Database::openPostgres(address, Database::OpenMode::CreateIfMissing);
    return db ? QString() : db.errorMessage();
}

} // namespace

class TestConnectionErrors : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY2(PostgresServer::admin(), "the test server is not running"); }

    void theRightPasswordLogsIn() {
        // The reference for the next cases: the same address connects.
        const auto address = panelistDatabase(QStringLiteral("debrief_errors_login"));
        QVERIFY(address);
        auto db = Database::openPostgres(*address, Database::OpenMode::CreateIfMissing);
        QVERIFY2(db, qPrintable(db.errorMessage()));
        auto who = (*db)->exec(QStringLiteral("SELECT session_user"));
        QVERIFY(who && who->next());
        QCOMPARE(who->value(0).toString(), kRole);
    }

    void unreachableServerNamesHostAndPort() {
        // Port 1 needs root to listen on and nothing does.
        ServerAddress address = *PostgresServer::admin();
        address.port = 1;
        const QString message = messageOf(address);
        QVERIFY2(message.startsWith(QStringLiteral("Cannot reach the Debrief server at "
                                                   "127.0.0.1:1: nothing answers there")),
                 qPrintable(message));
    }

    void wrongPasswordIsALoginRefusal() {
        auto address = panelistDatabase(QStringLiteral("debrief_errors_password"));
        QVERIFY(address);
        address->password = QStringLiteral("wrong horse");
        const QString message = messageOf(*address);
        QVERIFY2(message.startsWith(QStringLiteral("The server at 127.0.0.1:%1 refused the login "
                                                   "of “%2”: the password is wrong")
                                        .arg(address->port)
                                        .arg(kRole)),
                 qPrintable(message));
        // The password is never part of a message.
        QVERIFY(!message.contains(QStringLiteral("wrong horse")));
    }

    void missingPasswordIsALoginRefusal() {
        auto address = panelistDatabase(QStringLiteral("debrief_errors_nopassword"));
        QVERIFY(address);
        address->password.clear();
        QVERIFY2(messageOf(*address).contains(QStringLiteral("refused the login")),
                 qPrintable(messageOf(*address)));
    }

    void unknownRoleIsALoginRefusal() {
        auto address = panelistDatabase(QStringLiteral("debrief_errors_role"));
        QVERIFY(address);
        address->user = QStringLiteral("nobody_here");
        const QString message = messageOf(*address);
        QVERIFY2(message.contains(QStringLiteral("refused the login of “nobody_here”")),
                 qPrintable(message));
    }

    void tlsRequiredOfAServerWithoutIt() {
        auto address = panelistDatabase(QStringLiteral("debrief_errors_tls"));
        QVERIFY(address);
        address->sslMode = QStringLiteral("require");
        const QString message = messageOf(*address);
        QVERIFY2(message.startsWith(QStringLiteral("The secure connection (TLS mode require) to "
                                                   "127.0.0.1:%1 failed: ")
                                        .arg(address->port)),
                 qPrintable(message));
        QVERIFY2(message.endsWith(QStringLiteral("The server may not offer TLS at all; ask whoever "
                                                 "runs it.")),
                 qPrintable(message));
    }

    void verifyFullNamesTheHost() {
        auto address = panelistDatabase(QStringLiteral("debrief_errors_verify"));
        QVERIFY(address);
        address->sslMode = QStringLiteral("verify-full");
        address->sslRootCert = QStringLiteral("/nonexistent/ca.pem");
        const QString message = messageOf(*address);
        QVERIFY2(message.startsWith(QStringLiteral("The secure connection (TLS mode verify-full)")),
                 qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("made out to the host “127.0.0.1”")),
                 qPrintable(message));
    }

    void missingDatabaseIsNamed() {
        ServerAddress address =
            PostgresServer::admin()->withDatabase(QStringLiteral("debrief_errors_absent"));
        PostgresServer::run(QStringLiteral("postgres"),
                            QStringLiteral("DROP DATABASE IF EXISTS debrief_errors_absent"));
        const QString message = messageOf(address);
        QVERIFY2(message.startsWith(QStringLiteral("The server at 127.0.0.1:%1 has no database "
                                                   "“debrief_errors_absent”.")
                                        .arg(address.port)),
                 qPrintable(message));
    }

    void newerSchemaSaysToUpdateDebrief() {
        const auto address = panelistDatabase(QStringLiteral("debrief_errors_schema"));
        QVERIFY(address);
        QVERIFY(Database::openPostgres(*address, Database::OpenMode::CreateIfMissing));
        const int newer = latestSchemaVersion() + 1;
        QVERIFY(PostgresServer::run(
            address->database,
            QStringLiteral("INSERT INTO schema_version (version, description, applied_at) VALUES "
                           "(%1, 'from the future', '2030-01-01')")
                .arg(newer)));
        for (auto mode : {Database::OpenMode::MustExist, Database::OpenMode::ReadOnly}) {
            auto db = Database::openPostgres(*address, mode);
            QVERIFY(!db);
            QCOMPARE(db.errorMessage(),
                     QStringLiteral("The database on %1 was set up by a newer version of Debrief "
                                    "(schema %2; this version knows up to %3). Update Debrief to "
                                    "connect to it; nothing on the server was changed.")
                         .arg(address->display())
                         .arg(newer)
                         .arg(latestSchemaVersion()));
        }
    }

    void sessionEndedByAnAdministratorIsALostConnection() {
        const auto address = panelistDatabase(QStringLiteral("debrief_errors_lost"));
        QVERIFY(address);
        auto opened = Database::openPostgres(*address, Database::OpenMode::CreateIfMissing);
        QVERIFY2(opened, qPrintable(opened.errorMessage()));
        Database& db = **opened;
        auto pid = db.exec(QStringLiteral("SELECT pg_backend_pid()"));
        QVERIFY(pid && pid->next());
        const int backend = pid->value(0).toInt();
        pid = Error{}; // let the statement go
        QSignalSpy lost(&ServerConnectionEvents::instance(),
                        &ServerConnectionEvents::connectionLost);
        QVERIFY(
            PostgresServer::run(QStringLiteral("postgres"),
                                QStringLiteral("SELECT pg_terminate_backend(%1)").arg(backend)));
        auto after = db.exec(QStringLiteral("SELECT count(*) FROM openings"));
        QVERIFY(!after);
        QCOMPARE(after.errorMessage(),
                 QStringLiteral("The connection to the server %1 was lost: the server restarted, "
                                "the network dropped, or an administrator ended the session.")
                     .arg(address->display()));
        QCOMPARE(lost.count(), 1);
        QCOMPARE(lost.at(0).at(0).toString(), db.connection().connectionName());
        // A statement with values fails the same way.
        auto bound = db.exec(QStringLiteral("SELECT count(*) FROM openings WHERE id > ?"), {0});
        QVERIFY(!bound);
        QVERIFY2(bound.errorMessage().contains(QStringLiteral("was lost")),
                 qPrintable(bound.errorMessage()));
    }

    void classifiesLibpqTextsThatCannotBeProvokedHere() {
        // Texts copied from libpq 15's fe-connect.c and fe-secure-openssl.c.
        const auto kind = [](const char* text) {
            return ServerErrors::classify(QSqlError(QStringLiteral("Unable to connect"),
                                                    QString::fromLatin1(text),
                                                    QSqlError::ConnectionError));
        };
        QCOMPARE(kind("could not translate host name \"db.example\" to address: Name or service "
                      "not known"),
                 ServerErrors::Kind::Unreachable);
        QCOMPARE(kind("connection to server at \"10.0.0.9\", port 5432 failed: timeout expired"),
                 ServerErrors::Kind::Unreachable);
        QCOMPARE(kind("server certificate for \"db.example\" does not match host name \"db\""),
                 ServerErrors::Kind::Tls);
        QCOMPARE(kind("SSL error: certificate verify failed"), ServerErrors::Kind::Tls);
        QCOMPARE(kind("no pg_hba.conf entry for host \"10.0.0.2\", user \"a\", database \"b\", "
                      "SSL off"),
                 ServerErrors::Kind::Authentication);
        QCOMPARE(kind("server closed the connection unexpectedly"),
                 ServerErrors::Kind::ConnectionLost);
        QCOMPARE(kind("syntax error at or near \"SELEC\""), ServerErrors::Kind::Other);
    }
};

QTEST_GUILESS_MAIN(TestConnectionErrors)
#include "tst_connectionerrors.moc"
