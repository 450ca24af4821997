// debrief-cli server-init and server-add-panelist on the PostgreSQL server
// ctest starts (scripts/pg-test-server, where every role but postgres must
// give its password): the set-up runs twice and changes nothing the second
// time, the group roles and policies are there, the password the command
// prints is the one that logs in, and a role name that is not safe is
// refused by name.

#include "CliProcess.h"
#include "PostgresServer.h"

#include "server/PanelistLogin.h"
#include "server/ServerInit.h"
#include "storage/Database.h"

#include <QCryptographicHash>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace debrief;
using debrief::test::PostgresServer;
using debrief::test::runCli;

namespace {

const QString kDatabase = QStringLiteral("debrief_serverinit");

/// Rows of `sql` as the admin, one line per row with its columns joined by |.
QStringList rowsAsAdmin(const QString& sql) {
    QStringList rows;
    const auto server = PostgresServer::admin();
    if (!server)
        return rows;
    {
        QSqlDatabase db = PostgresServer::connectAs(QStringLiteral("serverinit-read"), kDatabase,
                                                    server->user, QString());
        QSqlQuery query(db);
        if (!query.exec(sql))
            qWarning("%s", qPrintable(query.lastError().text()));
        while (query.next()) {
            QStringList columns;
            for (int i = 0; i < query.record().count(); ++i)
                columns.append(query.value(i).toString());
            rows.append(columns.join(QLatin1Char('|')));
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("serverinit-read"));
    return rows;
}

/// What server-init sets up, as the catalogs show it: roles, memberships,
/// table privileges, row-level security, policies, functions and triggers.
QStringList setUp() {
    return rowsAsAdmin(QStringLiteral(
               "SELECT rolname, rolcanlogin FROM pg_roles WHERE rolname LIKE 'debrief\\_%' "
               "ORDER BY 1")) +
           rowsAsAdmin(QStringLiteral(
               "SELECT r.rolname, m.rolname FROM pg_auth_members a JOIN pg_roles r ON r.oid = "
               "a.roleid JOIN pg_roles m ON m.oid = a.member WHERE r.rolname LIKE 'debrief\\_%' "
               "ORDER BY 1, 2")) +
           rowsAsAdmin(QStringLiteral(
               "SELECT table_name, grantee, privilege_type FROM "
               "information_schema.role_table_grants WHERE grantee LIKE 'debrief\\_%' "
               "ORDER BY 1, 2, 3")) +
           rowsAsAdmin(QStringLiteral("SELECT relname, relrowsecurity FROM pg_class WHERE "
                                      "relkind = 'r' AND relnamespace = 'public'::regnamespace "
                                      "ORDER BY 1")) +
           rowsAsAdmin(QStringLiteral("SELECT tablename, policyname, cmd, qual, with_check FROM "
                                      "pg_policies ORDER BY 1, 2")) +
           rowsAsAdmin(QStringLiteral("SELECT p.proname, p.prosecdef, p.proconfig::text, "
                                      "md5(p.prosrc), p.proacl::text FROM pg_proc p WHERE "
                                      "p.proname LIKE 'debrief\\_%' ORDER BY 1")) +
           rowsAsAdmin(QStringLiteral("SELECT tgname, tgrelid::regclass::text FROM pg_trigger "
                                      "WHERE tgname LIKE 'debrief\\_%' ORDER BY 1"));
}

} // namespace

class TestServerInit : public QObject {
    Q_OBJECT

private:
    std::optional<ServerAddress> m_address;

    QString uri() const { return m_address->display(); }

private slots:
    void initTestCase() {
        QVERIFY2(PostgresServer::admin(), "the test server is not running");
        m_address = PostgresServer::freshDatabase(kDatabase);
        QVERIFY(m_address);
        // Roles are the cluster's: a login of an earlier run would be
        // taken for someone else's.
        QVERIFY(PostgresServer::run(m_address->database,
                                    QStringLiteral("DROP ROLE IF EXISTS priya_sharma")));
    }

    void runsTwiceAndChangesNothingTheSecondTime() {
        const auto first = runCli({QStringLiteral("server-init"), QStringLiteral("--db"), uri()});
        QVERIFY2(first.exitCode == 0, qPrintable(first.err));
        QVERIFY2(first.out.contains(QStringLiteral("is set up as a panel server")),
                 qPrintable(first.out));
        const QStringList afterFirst = setUp();
        QVERIFY(afterFirst.size() > 40);
        const auto second = runCli({QStringLiteral("server-init"), QStringLiteral("--db"), uri()});
        QVERIFY2(second.exitCode == 0, qPrintable(second.err));
        QCOMPARE(setUp(), afterFirst);
    }

    void theGroupRolesExistAndCannotLogIn() {
        QCOMPARE(rowsAsAdmin(QStringLiteral(
                     "SELECT rolname, rolcanlogin FROM pg_roles WHERE rolname IN "
                     "('debrief_panelist', 'debrief_lead', 'debrief_admin') ORDER BY 1")),
                 QStringList({QStringLiteral("debrief_admin|false"),
                              QStringLiteral("debrief_lead|false"),
                              QStringLiteral("debrief_panelist|false")}));
        // Leads and administrators are panelists too.
        QCOMPARE(rowsAsAdmin(QStringLiteral(
                     "SELECT m.rolname FROM pg_auth_members a JOIN pg_roles r ON r.oid = "
                     "a.roleid JOIN pg_roles m ON m.oid = a.member WHERE r.rolname = "
                     "'debrief_panelist' AND m.rolname LIKE 'debrief\\_%' ORDER BY 1")),
                 QStringList({QStringLiteral("debrief_admin"), QStringLiteral("debrief_lead")}));
    }

    void thePoliciesExist() {
        QCOMPARE(rowsAsAdmin(QStringLiteral(
                     "SELECT relname FROM pg_class WHERE relrowsecurity AND relnamespace = "
                     "'public'::regnamespace ORDER BY 1")),
                 QStringList({QStringLiteral("audit_log"), QStringLiteral("decision_criteria"),
                              QStringLiteral("decision_outcomes"), QStringLiteral("decisions"),
                              QStringLiteral("interview_panelists"), QStringLiteral("interviews"),
                              QStringLiteral("opening_panel"), QStringLiteral("ratings"),
                              QStringLiteral("scorecards")}));
        QCOMPARE(rowsAsAdmin(QStringLiteral("SELECT policyname || ' ' || cmd FROM pg_policies "
                                            "WHERE tablename = 'scorecards' ORDER BY 1")),
                 QStringList({QStringLiteral("scorecards_delete DELETE"),
                              QStringLiteral("scorecards_insert INSERT"),
                              QStringLiteral("scorecards_read SELECT"),
                              QStringLiteral("scorecards_update UPDATE")}));
        // audit_log: read and add, nothing else, in the grants and the policies.
        QCOMPARE(rowsAsAdmin(QStringLiteral("SELECT cmd FROM pg_policies WHERE tablename = "
                                            "'audit_log' ORDER BY 1")),
                 QStringList({QStringLiteral("INSERT"), QStringLiteral("SELECT")}));
        QCOMPARE(rowsAsAdmin(QStringLiteral(
                     "SELECT privilege_type FROM information_schema.role_table_grants WHERE "
                     "table_name = 'audit_log' AND grantee = 'debrief_panelist' ORDER BY 1")),
                 QStringList({QStringLiteral("INSERT"), QStringLiteral("SELECT")}));
        // The view the counts read (migration 12): read only. It sees every
        // card because its owner, the tables' owner, is not subject to the
        // policies, which holds while no table FORCEs row-level security.
        QCOMPARE(rowsAsAdmin(QStringLiteral(
                     "SELECT privilege_type FROM information_schema.role_table_grants WHERE "
                     "table_name = 'scorecard_seats' AND grantee = 'debrief_panelist' "
                     "ORDER BY 1")),
                 QStringList{QStringLiteral("SELECT")});
        QCOMPARE(rowsAsAdmin(QStringLiteral("SELECT relname FROM pg_class WHERE "
                                            "relforcerowsecurity AND relnamespace = "
                                            "'public'::regnamespace")),
                 QStringList());
    }

    void thePrintedPasswordLogsIn() {
        QVERIFY(PostgresServer::run(
            kDatabase, QStringLiteral("INSERT INTO panelists (uuid, name, email) VALUES "
                                      "('0190f000-0000-7000-8000-000000000001', 'Priya Sharma', "
                                      "'Priya.Sharma@example.org')")));
        const auto added =
            runCli({QStringLiteral("server-add-panelist"), QStringLiteral("--db"), uri(),
                    QStringLiteral("--panelist"), QStringLiteral("priya.sharma@example.org")});
        QVERIFY2(added.exitCode == 0, qPrintable(added.err));
        QVERIFY2(added.out.contains(QStringLiteral("logs in to the server as priya_sharma")),
                 qPrintable(added.out));
        const auto match =
            QRegularExpression(QStringLiteral("One-time password \\(shown only now\\): (\\S+)"))
                .match(added.out);
        QVERIFY2(match.hasMatch(), qPrintable(added.out));
        const QString password = match.captured(1);
        QCOMPARE(password.size(), 20);
        QCOMPARE(rowsAsAdmin(QStringLiteral("SELECT login_role FROM panelists")),
                 QStringList{QStringLiteral("priya_sharma")});
        // The server stores a SCRAM verifier, never the password.
        const QStringList stored = rowsAsAdmin(
            QStringLiteral("SELECT rolpassword FROM pg_authid WHERE rolname = 'priya_sharma'"));
        QCOMPARE(stored.size(), 1);
        QVERIFY(stored.first().startsWith(QStringLiteral("SCRAM-SHA-256$4096:")));
        QVERIFY(!stored.first().contains(password));
        {
            QSqlDatabase wrong = PostgresServer::connectAs(QStringLiteral("wrong"), kDatabase,
                                                           QStringLiteral("priya_sharma"),
                                                           password + QStringLiteral("x"));
            QVERIFY(!wrong.isOpen());
            QSqlDatabase login = PostgresServer::connectAs(
                QStringLiteral("login"), kDatabase, QStringLiteral("priya_sharma"), password);
            QVERIFY(login.isOpen());
            QSqlQuery query(login);
            QVERIFY(query.exec(QStringLiteral(
                "SELECT session_user::text, pg_has_role('debrief_panelist', 'MEMBER')")));
            QVERIFY(query.next());
            QCOMPARE(query.value(0).toString(), QStringLiteral("priya_sharma"));
            QVERIFY(query.value(1).toBool());
        }
        QSqlDatabase::removeDatabase(QStringLiteral("wrong"));
        QSqlDatabase::removeDatabase(QStringLiteral("login"));
    }

    void theVerifierMatchesAnIndependentScram() {
        // RFC 7677's example inputs (password "pencil", its salt, 4096
        // iterations); the keys were computed independently with Python:
        //   sp = hashlib.pbkdf2_hmac('sha256', b'pencil', salt, 4096)
        //   StoredKey = sha256(hmac(sp, b'Client Key')), ServerKey = hmac(sp, b'Server Key')
        const QString verifier = PanelistLogin::scramVerifier(
            QStringLiteral("pencil"), QByteArray::fromBase64("W22ZaJ0SNY7soEsUEjb6gQ=="));
        QCOMPARE(verifier, QStringLiteral("SCRAM-SHA-256$4096:W22ZaJ0SNY7soEsUEjb6gQ==$"
                                          "WG5d8oPm3OtcPnkdi4Uo7BkeZkBFzpcXkuLmtbsT4qY=:"
                                          "wfPLwcE6nTWhTAmQ7tl2KeoiWGPlZqQxSrmfPwDl2dU="));
    }

    void aBadRoleNameIsRefusedByName() {
        const QString bad = QStringLiteral("x'; DROP TABLE panelists; --");
        const auto refused = runCli({QStringLiteral("server-add-panelist"), QStringLiteral("--db"),
                                     uri(), QStringLiteral("--panelist"), QStringLiteral("1"),
                                     QStringLiteral("--login"), bad});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(bad), qPrintable(refused.err));
        QVERIFY2(refused.err.contains(QStringLiteral("cannot be a login role")),
                 qPrintable(refused.err));
        for (const QString& reserved : {QStringLiteral("debrief_admin"), QStringLiteral("pg_x"),
                                        QStringLiteral("Priya"), QStringLiteral("1st")}) {
            QVERIFY2(!PanelistLogin::checkRole(reserved), qPrintable(reserved));
            QVERIFY(PanelistLogin::checkRole(reserved).errorMessage().contains(reserved));
        }
        QCOMPARE(rowsAsAdmin(QStringLiteral("SELECT count(*) FROM panelists")),
                 QStringList{QStringLiteral("1")});
        QCOMPARE(PanelistLogin::suggestedRole(QStringLiteral("Zoë.O-Brien@example.org")),
                 QStringLiteral("zo__o_brien"));
        QCOMPARE(PanelistLogin::suggestedRole(QStringLiteral("42@example.org")),
                 QStringLiteral("_42"));
    }

    void aFileIsRefused() {
        const auto refused = runCli({QStringLiteral("server-init"), QStringLiteral("--db"),
                                     QStringLiteral("panel.sqlite")});
        QCOMPARE(refused.exitCode, 2);
        QVERIFY(refused.err.contains(QStringLiteral("postgresql://")));
    }
};

QTEST_GUILESS_MAIN(TestServerInit)
#include "tst_serverinit.moc"
