#include "DemoWindowFixture.h"
#include "FirstPaintQuit.h"
#include "LaunchOptions.h"
#include "MainWindow.h"

#include <QApplication>
#include <QTableView>
#include <QTest>
#include <QTimer>

using namespace debrief;

/// `debrief --db FILE --benchmark-startup` (docs/BENCHMARKS.md): the option
/// needs a database, and FirstPaintQuit ends the event loop once the
/// candidate list has painted, with its first page loaded.
class TestStartupBenchmark : public QObject {
    Q_OBJECT

private slots:
    void theOptionNeedsADatabase();
    void quitsOnceTheCandidateListHasPainted();
};

void TestStartupBenchmark::theOptionNeedsADatabase() {
    const QString program = QStringLiteral("debrief");
    auto alone = LaunchOptions::parse({program, QStringLiteral("--benchmark-startup")});
    QVERIFY(!alone);
    QVERIFY2(alone.errorMessage().contains(QStringLiteral("--db")),
             qPrintable(alone.errorMessage()));
    auto withDb =
        LaunchOptions::parse({program, QStringLiteral("--db"), QStringLiteral("panel.sqlite"),
                              QStringLiteral("--benchmark-startup")});
    QVERIFY2(withDb, qPrintable(withDb.errorMessage()));
    QVERIFY(withDb->benchmarkStartup);
    QVERIFY(!withDb->wantsScreenshot());
    auto without =
        LaunchOptions::parse({program, QStringLiteral("--db"), QStringLiteral("panel.sqlite")});
    QVERIFY(without && !without->benchmarkStartup);
}

void TestStartupBenchmark::quitsOnceTheCandidateListHasPainted() {
    test::DemoWindowFixture demo;
    const QString failure = demo.setUp();
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    auto* table = demo.child<QTableView>(QStringLiteral("candidateTable"));
    QVERIFY(table && table->isVisible());
    QVERIFY(table->model()->rowCount() > 0);

    FirstPaintQuit::install(*table->viewport());
    table->viewport()->update();
    // Not a time limit on the paint: only so that a filter that never
    // quits fails instead of hanging the suite.
    QTimer::singleShot(60000, qApp, [] { QCoreApplication::exit(1); });
    QCOMPARE(QApplication::exec(), 0);
}

QTEST_MAIN(TestStartupBenchmark)
#include "tst_startupbenchmark.moc"
