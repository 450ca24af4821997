// A newer Debrief on a server whose database an earlier one set up (issue
// #14): a panelist's login may not upgrade the schema, so opening it says
// which version it is at, which this Debrief needs and who can upgrade it,
// and writes nothing; debrief-cli server-init (the administrator) upgrades
// it and sets the roles and policies up again, after which the panelist
// opens it. The database is made one step behind by undoing the newest
// migration step by hand (kUndo below).

#include "CliProcess.h"
#include "PostgresServer.h"

#include "server/PanelistLogin.h"
#include "server/ServerInit.h"
#include "storage/Database.h"
#include "storage/Migration.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace debrief;
using debrief::test::PostgresServer;
using debrief::test::runCli;

namespace {

const QString kDatabase = QStringLiteral("debrief_serverupgrade");
const QString kRole = QStringLiteral("upg_priya");

/// What each newest step made, taken away again: when a step is appended
/// to the chain (storage/Migration.cpp), add its undo here.
const QHash<int, QStringList> kUndo = {
    {12, {QStringLiteral("DROP VIEW scorecard_seats")}},
};

} // namespace

class TestServerUpgrade : public QObject {
    Q_OBJECT

private:
    std::optional<ServerAddress> m_address;
    QString m_password;

    ServerAddress asPriya() const {
        ServerAddress address = *m_address;
        address.user = kRole;
        address.password = m_password;
        return address;
    }

    /// The schema's versions as the administrator reads them: newest, count.
    QPair<int, int> versions() {
        // Plain Qt SQL: Debrief's own open would upgrade an older schema.
        QSqlDatabase db = PostgresServer::connectAs(QStringLiteral("upgrade-read"), kDatabase,
                                                    m_address->user, QString());
        QPair<int, int> found{-1, -1};
        {
            QSqlQuery query(db);
            if (query.exec(QStringLiteral("SELECT MAX(version), COUNT(*) FROM schema_version")) &&
                query.next())
                found = {query.value(0).toInt(), query.value(1).toInt()};
        }
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("upgrade-read"));
        return found;
    }

private slots:
    /// The newest schema, set up as a panel server with Priya's login, then
    /// one step taken back.
    void initTestCase() {
        QVERIFY2(PostgresServer::admin(), "the test server is not running");
        const int latest = latestSchemaVersion();
        QVERIFY2(kUndo.contains(latest),
                 "a step was appended to the migration chain: add its undo to kUndo");
        m_address = PostgresServer::freshDatabase(kDatabase);
        QVERIFY(m_address);
        QVERIFY(PostgresServer::run(kDatabase, QStringLiteral("DROP ROLE IF EXISTS upg_priya")));
        {
            auto admin = Database::openPostgres(*m_address, Database::OpenMode::CreateIfMissing);
            QVERIFY2(admin, qPrintable(admin.errorMessage()));
            QVERIFY((*admin)->exec(QStringLiteral(
                "INSERT INTO panelists (id, uuid, name, email) VALUES (1, "
                "'0190f000-0000-7000-8000-0000000000a1', 'Priya', 'priya@example.org')")));
            const Status ready = ServerInit::run(**admin);
            QVERIFY2(ready, qPrintable(ready.errorMessage()));
            auto created = PanelistLogin::create(**admin, 1, kRole, std::nullopt);
            QVERIFY2(created, qPrintable(created.errorMessage()));
            m_password = created->password;
        }
        for (const QString& statement : kUndo.value(latest))
            QVERIFY(PostgresServer::run(kDatabase, statement));
        QVERIFY(PostgresServer::run(
            kDatabase,
            QStringLiteral("DELETE FROM schema_version WHERE version = %1").arg(latest)));
        QCOMPARE(versions(), qMakePair(latest - 1, int(allMigrations().size()) - 1));
    }

    void aPanelistIsToldWhoCanUpgrade() {
        const int latest = latestSchemaVersion();
        const QString expected =
            QStringLiteral("is at schema version %1; this version of Debrief needs %2")
                .arg(latest - 1)
                .arg(latest);
        for (const auto mode : {Database::OpenMode::MustExist, Database::OpenMode::ReadOnly}) {
            auto opened = Database::openPostgres(asPriya(), mode);
            QVERIFY(!opened);
            QVERIFY2(opened.errorMessage().contains(expected), qPrintable(opened.errorMessage()));
            QVERIFY2(opened.errorMessage().contains(QStringLiteral("debrief-cli server-init")),
                     qPrintable(opened.errorMessage()));
            QVERIFY2(!opened.errorMessage().contains(QStringLiteral("permission denied")),
                     qPrintable(opened.errorMessage()));
        }
        // The command line says the same (libpq takes the password from
        // PGPASSWORD).
        qputenv("PGPASSWORD", m_password.toUtf8());
        ServerAddress withoutPassword = asPriya();
        withoutPassword.password.clear();
        const auto cli = runCli(
            {QStringLiteral("server-init"), QStringLiteral("--db"), withoutPassword.display()});
        qunsetenv("PGPASSWORD");
        QCOMPARE(cli.exitCode, 1);
        QVERIFY2(cli.err.contains(expected), qPrintable(cli.err));
        // Nothing was written: the schema is where it was.
        QCOMPARE(versions(), qMakePair(latest - 1, int(allMigrations().size()) - 1));
    }

    void serverInitUpgradesAndSetsUpAgain() {
        const int latest = latestSchemaVersion();
        const auto run =
            runCli({QStringLiteral("server-init"), QStringLiteral("--db"), m_address->display()});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(QStringLiteral("schema %1").arg(latest)), qPrintable(run.out));
        QCOMPARE(versions(), qMakePair(latest, int(allMigrations().size())));
        // Priya opens it now, and reads what the new step made: server-init
        // granted it to the panel again.
        auto opened = Database::openPostgres(asPriya(), Database::OpenMode::MustExist);
        QVERIFY2(opened, qPrintable(opened.errorMessage()));
        auto seats = (*opened)->exec(QStringLiteral("SELECT COUNT(*) FROM scorecard_seats"));
        QVERIFY2(seats, qPrintable(seats.errorMessage()));
        QVERIFY(seats->next());
        QCOMPARE(seats->value(0).toInt(), 0);
    }
};

QTEST_GUILESS_MAIN(TestServerUpgrade)
#include "tst_serverupgrade.moc"
