// On a panel server the window disables what the login may not do, and
// says why in the action's tip, reading the rule through lib/core's
// ServerPermissions: Kim, a panelist but not the lead, finds Schedule
// Interview (the menu's and the detail pane's), Cancel Interview, Record
// Decision and Set Up Opening disabled with the lead named as the reason;
// the administrator's login (linked to Pat, the lead) finds them enabled.

#include "DatabaseSession.h"
#include "MainWindow.h"
#include "ScoringSample.h"

#include "PostgresServer.h"
#include "server/PanelistLogin.h"
#include "server/ServerInit.h"
#include "settings/Settings.h"
#include "storage/Database.h"
#include "storage/PanelistRepository.h"

#include <QAction>
#include <QMenu>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace debrief;
using debrief::test::PostgresServer;

class TestServerPermissions : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::optional<ServerAddress> m_address;
    test::ScoringSample m_sample;
    QString m_kimPassword;

    /// The two actions as the menus show them to the login of `address`.
    struct Shown {
        bool scheduleEnabled = false;
        QString scheduleTip;
        bool recordEnabled = false;
        QString recordTip;
        /// The detail pane's Schedule Interview… button and Cancel Interview….
        bool buttonEnabled = false;
        QString buttonTip;
        bool cancelEnabled = false;
        /// Opening › Set Up Opening….
        bool setUpEnabled = false;
        QString setUpTip;
    };

    Shown shownTo(const ServerAddress& address, const QString& password) {
        Shown shown;
        Settings settings(m_dir.filePath(address.user + QStringLiteral(".rc")));
        qputenv("PGPASSWORD", password.toUtf8());
        DatabaseSession session;
        const bool opened = session.open(address.display()).ok();
        qunsetenv("PGPASSWORD");
        if (!opened) {
            qWarning("cannot open the server as %s", qPrintable(address.user));
            return shown;
        }
        MainWindow window(session, settings);
        window.selectDebriefOpening();
        window.showApplication(m_sample.opening, m_sample.application);
        auto* openingMenu = window.findChild<QMenu*>(QStringLiteral("openingMenu"));
        auto* decisionMenu = window.findChild<QMenu*>(QStringLiteral("decisionMenu"));
        auto* schedule = window.findChild<QAction*>(QStringLiteral("scheduleInterviewAction"));
        auto* record = window.findChild<QAction*>(QStringLiteral("recordDecisionAction"));
        auto* button = window.findChild<QPushButton*>(QStringLiteral("scheduleInterviewButton"));
        auto* cancel = window.findChild<QAction*>(QStringLiteral("cancelInterviewAction"));
        auto* setUp = window.findChild<QAction*>(QStringLiteral("openingSetupAction"));
        if (!openingMenu || !decisionMenu || !schedule || !record || !button || !cancel || !setUp)
            return shown;
        emit openingMenu->aboutToShow();
        emit decisionMenu->aboutToShow();
        return {schedule->isEnabled(), schedule->statusTip(), record->isEnabled(),
                record->statusTip(),   button->isEnabled(),   button->toolTip(),
                cancel->isEnabled(),   setUp->isEnabled(),    setUp->statusTip()};
    }

private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        QVERIFY2(PostgresServer::admin(), "the test server is not running");
        m_address = PostgresServer::freshDatabase(QStringLiteral("tst_serverpermissions"));
        QVERIFY(m_address);
        QVERIFY(PostgresServer::run(m_address->database,
                                    QStringLiteral("DROP ROLE IF EXISTS perm_kim")));
        auto db = Database::openPostgres(*m_address, Database::OpenMode::CreateIfMissing);
        QVERIFY2(db, qPrintable(db.errorMessage()));
        const QString failure = m_sample.fill(**db);
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        QVERIFY(ServerInit::run(**db));
        auto pat = PanelistRepository(**db).get(m_sample.lead);
        QVERIFY(pat);
        pat->loginRole = m_address->user;
        QVERIFY(PanelistRepository(**db).update(*pat));
        auto kim =
            PanelistLogin::create(**db, m_sample.kim, QStringLiteral("perm_kim"), std::nullopt);
        QVERIFY2(kim, qPrintable(kim.errorMessage()));
        m_kimPassword = kim->password;
    }

    void aPanelistIsToldTheLeadSchedulesAndDecides() {
        ServerAddress kim = *m_address;
        kim.user = QStringLiteral("perm_kim");
        const Shown shown = shownTo(kim, m_kimPassword);
        QVERIFY(!shown.scheduleEnabled);
        QVERIFY2(shown.scheduleTip.startsWith(QStringLiteral("Only the opening's panel lead")) &&
                     shown.scheduleTip.contains(QStringLiteral("schedule")),
                 qPrintable(shown.scheduleTip));
        QVERIFY(!shown.recordEnabled);
        QVERIFY2(shown.recordTip.startsWith(QStringLiteral("Only the opening's panel lead")) &&
                     shown.recordTip.contains(QStringLiteral("decision")),
                 qPrintable(shown.recordTip));
        QVERIFY(!shown.buttonEnabled);
        QVERIFY2(shown.buttonTip.contains(QStringLiteral("Only the opening's panel lead")),
                 qPrintable(shown.buttonTip));
        QVERIFY(!shown.cancelEnabled);
        QVERIFY(!shown.setUpEnabled);
        QVERIFY2(shown.setUpTip.contains(QStringLiteral("set-up")), qPrintable(shown.setUpTip));
    }

    void theLeadMayDoBoth() {
        const Shown shown = shownTo(*m_address, QString());
        QVERIFY(shown.scheduleEnabled);
        QCOMPARE(shown.scheduleTip,
                 QStringLiteral("Schedule an interview for the candidate on display."));
        QVERIFY(shown.recordEnabled);
        QVERIFY(!shown.recordTip.startsWith(QStringLiteral("Only")));
        QVERIFY(shown.buttonEnabled);
        QVERIFY(shown.buttonTip.isEmpty());
        QVERIFY(shown.cancelEnabled);
        QVERIFY(shown.setUpEnabled);
    }
};

QTEST_MAIN(TestServerPermissions)
#include "tst_serverpermissions.moc"
