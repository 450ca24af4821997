// The window on a shared panel server (the PostgreSQL server ctest starts)
// when the connection is lost mid-session: an administrator ends the
// window's session on the server (pg_terminate_backend), the panelist goes
// on typing evidence into a scorecard, the failing save makes the status
// bar say the connection was lost, "Reconnect Now" connects again, and the
// text typed meanwhile is still in the editor and then stored. Also: the
// status bar names the server and the login, and connecting through File ›
// Connect to Server… keeps the password in the (here in-memory) keychain
// and the server, without it, among the recent ones.

#include "DatabaseSession.h"
#include "MainWindow.h"
#include "PostgresServer.h"
#include "ScoringSample.h"
#include "scorecard/ScorecardEditor.h"
#include "server/ConnectionDialog.h"
#include "server/MemoryPasswordStore.h"
#include "server/RecentServers.h"
#include "server/ServerMenu.h"

#include "settings/Settings.h"
#include "storage/Database.h"
#include "storage/ScorecardRepository.h"
#include "storage/ServerAddress.h"

#include <QAction>
#include <QCheckBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using namespace debrief;
using debrief::test::PostgresServer;

namespace {

const QString kRole = QStringLiteral("debrief_reconnect_sam");
const QString kPassword = QStringLiteral("correct staple");

} // namespace

class TestServerReconnect : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        const auto admin = PostgresServer::freshDatabase(QStringLiteral("debrief_reconnect"));
        QVERIFY2(admin, "the test server is not running");
        PostgresServer::run(admin->database,
                            QStringLiteral("DO $$BEGIN CREATE ROLE %1 LOGIN; EXCEPTION WHEN "
                                           "duplicate_object THEN NULL; END$$")
                                .arg(kRole));
        QVERIFY(PostgresServer::run(
            admin->database, QStringLiteral("ALTER ROLE %1 PASSWORD '%2'").arg(kRole, kPassword)));
        QVERIFY(PostgresServer::run(
            admin->database,
            QStringLiteral("ALTER DATABASE debrief_reconnect OWNER TO %1").arg(kRole)));
        m_server = *admin;
        m_server.user = kRole;
        m_server.password = kPassword;
        auto db = Database::openPostgres(m_server, Database::OpenMode::CreateIfMissing);
        QVERIFY2(db, qPrintable(db.errorMessage()));
        const QString failure = m_sample.fill(**db);
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        m_settings = std::make_unique<Settings>(m_dir.filePath(QStringLiteral("debriefrc")));
    }

    void connectingThroughTheDialogShowsServerAndLogin() {
        DatabaseSession session;
        MainWindow window(session, *m_settings);
        ServerMenu* menu = ServerMenu::of(&window);
        auto store = std::make_unique<MemoryPasswordStore>();
        MemoryPasswordStore* passwords = store.get();
        menu->setPasswordStore(std::move(store));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.findChild<QAction*>(QStringLiteral("connectToServerAction"))->trigger();
        auto* dialog = window.findChild<ConnectionDialog*>(QStringLiteral("connectionDialog"));
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        ServerAddress typed = m_server;
        typed.password.clear();
        dialog->setAddress(typed);
        QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("serverPassword")),
                         kPassword);
        auto* remember = dialog->findChild<QCheckBox*>(QStringLiteral("rememberPassword"));
        QVERIFY(remember->isEnabled());
        remember->setChecked(true);
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("connectButton")),
                          Qt::LeftButton);
        QTRY_VERIFY(!dialog->isVisible() || dialog->result() == QDialog::Accepted);
        QVERIFY(session.server());
        QCOMPARE(session.server()->display(), m_server.display());

        auto* status = window.findChild<QLabel*>(QStringLiteral("serverStatus"));
        QVERIFY(status && status->isVisible());
        const QString line = QStringLiteral("Signed in as %1 on %2").arg(kRole, m_server.display());
        QCOMPARE(status->toolTip(), line);
        QCOMPARE(status->accessibleName(), line);
        // The bar shows the login, the database and the host; shortened in
        // the middle where the status bar has no room for it all.
        const QString brief = QStringLiteral("Signed in as %1 · %2 on %3:%4")
                                  .arg(kRole, m_server.database, m_server.host)
                                  .arg(m_server.port);
        QVERIFY2(status->text() == brief ||
                     (status->text().startsWith(brief.left(8)) && status->text().contains(u'…')),
                 qPrintable(status->text()));
        QVERIFY(!status->toolTip().contains(kPassword));
        QCOMPARE(*passwords->read(PasswordStore::accountOf(m_server)), kPassword);
        QCOMPARE(RecentServers(*m_settings).addresses(), QStringList{m_server.display()});
        QFile file(m_settings->filePath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains(kPassword.toUtf8()));
        QVERIFY(window.windowTitle().startsWith(QStringLiteral("debrief_reconnect on 127.0.0.1")));
    }

    void lostConnectionReconnectsAndKeepsWhatWasTyped() {
        DatabaseSession session;
        QVERIFY2(session.openServer(m_server), "cannot connect");
        MainWindow window(session, *m_settings);
        window.show();
        ScorecardEditor editor(session);
        QVERIFY(editor.load(m_sample.interview, m_sample.sam));
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        auto* evidence = editor.findChild<QPlainTextEdit*>(QStringLiteral("evidenceEdit0"));
        QVERIFY(evidence);
        evidence->setFocus();
        QTest::keyClicks(evidence, QStringLiteral("Clear trade-offs"));
        QTRY_COMPARE(storedEvidence(), QStringLiteral("Clear trade-offs"));

        // An administrator ends the window's session on the server.
        auto pid = session.database().exec(QStringLiteral("SELECT pg_backend_pid()"));
        QVERIFY(pid && pid->next());
        const int backend = pid->value(0).toInt();
        pid = Error{};
        QVERIFY(
            PostgresServer::run(QStringLiteral("postgres"),
                                QStringLiteral("SELECT pg_terminate_backend(%1)").arg(backend)));

        QTest::keyClicks(evidence, QStringLiteral(" under pressure"));
        auto* notice = window.findChild<QLabel*>(QStringLiteral("connectionLostNotice"));
        QVERIFY(notice);
        QTRY_VERIFY(notice->isVisible());
        QVERIFY(session.isConnectionLost());
        QVERIFY2(notice->text().startsWith(QStringLiteral(
                     "The connection to the server was lost; nothing you typed is lost. "
                     "Reconnecting in ")),
                 qPrintable(notice->text()));
        QVERIFY(notice->toolTip().contains(QStringLiteral("was lost")));
        auto* status = editor.findChild<QLabel*>(QStringLiteral("scorecardStatus"));
        QVERIFY(status->text().startsWith(QStringLiteral("Not saved yet")));
        QCOMPARE(evidence->toPlainText(), QStringLiteral("Clear trade-offs under pressure"));

        auto* reconnect = window.findChild<QPushButton*>(QStringLiteral("reconnectButton"));
        QVERIFY(reconnect && reconnect->isVisible());
        QTest::mouseClick(reconnect, Qt::LeftButton);
        QVERIFY(!session.isConnectionLost());
        QVERIFY(!notice->isVisible());
        QCOMPARE(window.statusBar()->currentMessage(),
                 QStringLiteral("Connected to %1 again.").arg(m_server.display()));
        QCOMPARE(evidence->toPlainText(), QStringLiteral("Clear trade-offs under pressure"));
        QTRY_COMPARE(storedEvidence(), QStringLiteral("Clear trade-offs under pressure"));
        QTRY_VERIFY(status->text().startsWith(QStringLiteral("Draft saved ")));
        // The editor is still the one the panelist typed into.
        QVERIFY(editor.isVisible());
    }

private:
    /// What the server holds for Sam's card, read on a connection of its own.
    QString storedEvidence() {
        auto db = Database::openPostgres(m_server, Database::OpenMode::ReadOnly);
        if (!db)
            return db.errorMessage();
        auto cards = ScorecardRepository(**db).forInterview(m_sample.interview);
        if (!cards)
            return cards.errorMessage();
        for (const Scorecard& card : *cards) {
            if (card.panelistId == m_sample.sam)
                return card.rating(m_sample.design)->evidence;
        }
        return QStringLiteral("(no card)");
    }

    QTemporaryDir m_dir;
    ServerAddress m_server;
    test::ScoringSample m_sample;
    std::unique_ptr<Settings> m_settings;
};

QTEST_MAIN(TestServerReconnect)
#include "tst_serverreconnect.moc"
