// The main window on a shared panel server: who is scoring is the panelist
// linked to the login, not a choice, so File › Switch Panelist… is not
// there; on a file in the same window it is back. Runs against the
// PostgreSQL server ctest starts (scripts/pg-test-server).

#include "DatabaseSession.h"
#include "MainWindow.h"
#include "PostgresServer.h"

#include "server/PanelistLogin.h"
#include "server/ServerInit.h"
#include "settings/Settings.h"
#include "storage/Database.h"

#include <QAction>
#include <QLabel>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace debrief;
using debrief::test::PostgresServer;

class TestServerLoginGui : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QAction* switchAction(MainWindow& window) {
        return window.findChild<QAction*>(QStringLiteral("switchPanelistAction"));
    }
    QString scoringAs(MainWindow& window) {
        auto* label = window.findChild<QLabel*>(QStringLiteral("currentPanelistLabel"));
        return label && label->isVisibleTo(&window) ? label->text() : QString();
    }

private slots:
    void theLoginSaysWhoIsScoring() {
        QVERIFY(m_dir.isValid());
        const QString database = QStringLiteral("debrief_serverlogin_gui");
        const auto address = PostgresServer::freshDatabase(database);
        QVERIFY2(address, "the test server is not running");
        QVERIFY(PostgresServer::run(database, QStringLiteral("DROP ROLE IF EXISTS gui_ben")));
        QString password;
        {
            auto admin = Database::openPostgres(*address, Database::OpenMode::CreateIfMissing);
            QVERIFY2(admin, qPrintable(admin.errorMessage()));
            // Ana first: on a file she would be the default, never on a server.
            QVERIFY((*admin)->exec(QStringLiteral(
                "INSERT INTO panelists (id, uuid, name, email) VALUES "
                "(1, '0190f000-0000-7000-8000-00000000001a', 'Ana', 'ana@example.org'), "
                "(2, '0190f000-0000-7000-8000-00000000001b', 'Ben', 'ben@example.org')")));
            const Status ready = ServerInit::run(**admin);
            QVERIFY2(ready, qPrintable(ready.errorMessage()));
            auto login = PanelistLogin::create(**admin, 2, QStringLiteral("gui_ben"));
            QVERIFY2(login, qPrintable(login.errorMessage()));
            password = login->password;
        }
        const QString asBen = QStringLiteral("postgresql://gui_ben:%1@%2:%3/%4?sslmode=disable")
                                  .arg(password, address->host)
                                  .arg(address->port)
                                  .arg(database);

        DatabaseSession session;
        const Status opened = session.open(asBen);
        QVERIFY2(opened, qPrintable(opened.errorMessage()));
        Settings settings(m_dir.filePath(QStringLiteral("debriefrc")));
        MainWindow window(session, settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(switchAction(window));
        QVERIFY(!switchAction(window)->isVisible());
        QCOMPARE(scoringAs(window), QStringLiteral("Scoring as Ben"));

        // A file in the same window: choosing who scores is back.
        const QString file = m_dir.filePath(QStringLiteral("panel.sqlite"));
        {
            auto local = Database::open(file, Database::OpenMode::CreateIfMissing);
            QVERIFY2(local, qPrintable(local.errorMessage()));
            QVERIFY(
                (*local)->exec(QStringLiteral("INSERT INTO panelists (uuid, name) VALUES "
                                              "('0190f000-0000-7000-8000-00000000001c', 'Cleo')")));
        }
        QVERIFY(window.openDatabase(file));
        QTRY_VERIFY(switchAction(window)->isVisible());
        QCOMPARE(scoringAs(window), QStringLiteral("Scoring as Cleo"));
    }
};

QTEST_MAIN(TestServerLoginGui)
#include "tst_serverlogin_gui.moc"
