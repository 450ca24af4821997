#include "CandidateDetailPane.h"
#include "DatabaseSession.h"
#include "MainWindow.h"

#include "demo/DemoDataGenerator.h"
#include "settings/Settings.h"
#include "storage/Database.h"
#include "storage/OpeningRepository.h"
#include "storage/PipelineQuery.h"

#include <QListView>
#include <QMenu>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace debrief;

/// Opens the main window on the demo database, as `scripts/setup.sh run`
/// does, and selects a candidate the way a user would. The expected values
/// come from the database itself (through the repositories), not from copies
/// of the demo's numbers.
class TestDemoWindow : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    DemoDataSummary m_summary;

private slots:
    void initTestCase() {
        m_path = m_dir.filePath(QStringLiteral("demo.sqlite"));
        auto db = Database::openSqlite(m_path);
        QVERIFY2(db.ok(), qPrintable(db.errorMessage()));
        DemoDataGenerator::Options options;
        options.seed = 7;
        options.today = QDate(2026, 11, 26);
        auto summary = DemoDataGenerator(options).generate(**db);
        QVERIFY2(summary.ok(), qPrintable(summary.errorMessage()));
        m_summary = *summary;
    }

    void opensOnTheDebriefOpeningAndSelectsACandidate() {
        Settings settings(m_dir.filePath(QStringLiteral("debriefrc")));
        DatabaseSession session;
        session.clock().setFixedToday(QDate(2026, 11, 26));
        QVERIFY(session.open(m_path).ok());
        MainWindow window(session, settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        auto db = Database::openSqlite(m_path);
        auto debrief = OpeningRepository(**db).findByUuid(m_summary.debriefOpeningUuid);
        QVERIFY(debrief.ok() && debrief->has_value());
        auto rows = PipelineQuery(**db).rowsForOpening((*debrief)->id);
        QVERIFY(rows.ok());

        auto* openings = window.findChild<QListView*>(QStringLiteral("openingList"));
        auto* table = window.findChild<QTableView*>(QStringLiteral("candidateTable"));
        QVERIFY(openings && table);
        QCOMPARE(openings->model()->rowCount(), m_summary.openings);
        QCOMPARE(openings->currentIndex().data().toString(), (*debrief)->title);
        QTRY_COMPARE(table->model()->rowCount(), static_cast<int>(rows->size()));

        // Click the last row so the selection really changes.
        const QModelIndex last = table->model()->index(table->model()->rowCount() - 1, 0);
        const QString expected = last.data().toString();
        QVERIFY(!expected.isEmpty());
        table->scrollTo(last);
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(last).center());
        auto* pane = window.findChild<CandidateDetailPane*>(QStringLiteral("candidateDetail"));
        QVERIFY(pane);
        QTRY_COMPARE(pane->candidateName(), expected);
        const bool known = std::any_of(rows->cbegin(), rows->cend(), [&](const PipelineRow& r) {
            return r.candidateName == expected;
        });
        QVERIFY(known);
    }

    void languageChoiceIsStoredForTheNextStart() {
        const QString path = m_dir.filePath(QStringLiteral("language-rc"));
        Settings settings(path);
        DatabaseSession session;
        QVERIFY(session.open(m_path).ok());
        MainWindow window(session, settings);
        auto* menu = window.findChild<QMenu*>(QStringLiteral("languageMenu"));
        QVERIFY(menu);
        QAction* german = nullptr;
        for (QAction* action : menu->actions()) {
            if (action->data().toString() == QLatin1String("de"))
                german = action;
        }
        QVERIFY(german);
        QVERIFY(!german->isChecked());
        german->trigger();
        QCOMPARE(Settings(path).uiLanguage(), QStringLiteral("de"));
        QVERIFY(german->isChecked());
    }
};

QTEST_MAIN(TestDemoWindow)
#include "tst_demowindow.moc"
