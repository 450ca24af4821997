// A candidate CSV import of 20,000 rows into an opening and its undo, as the
// window runs them (CandidateCsvImport::write through the stream, then
// revert), each timed once: the undo figure of docs/BENCHMARKS.md
// ("under 2 s for 20,000 rows"). The file is generated here, deterministic.

#include "BenchArguments.h"
#include "csv/CandidateCsvImport.h"
#include "domain/Opening.h"
#include "pipeline/DuplicateCheck.h"
#include "storage/Database.h"
#include "storage/OpeningRepository.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

using namespace debrief;

namespace {

int g_rows = 20000;

QByteArray generatedCsv(int rows) {
    QByteArray csv("Name,Email,Phone,Applied on,Notes\n");
    for (int i = 0; i < rows; ++i) {
        csv += QStringLiteral("Person %1,person.%1@example.org,+49 30 %2,2026-%3-%4,%5\n")
                   .arg(i)
                   .arg(1000000 + i * 7 % 8999999)
                   .arg(i % 12 + 1, 2, 10, QLatin1Char('0'))
                   .arg(i % 28 + 1, 2, 10, QLatin1Char('0'))
                   .arg(i % 10 == 0 ? QStringLiteral("\"Referred, strong\"") : QString())
                   .toUtf8();
    }
    return csv;
}

} // namespace

class BenchCsvImport : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    RowId m_openingId = kNoRow;
    QBuffer m_file;
    CandidateCsvReading m_reading;
    CandidateImportPlan m_plan;
    std::optional<CandidateImportOutcome> m_written;

private slots:
    void initTestCase() {
        auto db = Database::openSqlite(m_dir.filePath(QStringLiteral("bench.sqlite")));
        QVERIFY2(db, qPrintable(db.errorMessage()));
        m_db = std::move(db.value());
        Opening opening;
        opening.title = QStringLiteral("Backend Engineer");
        QVERIFY(OpeningRepository(*m_db).insert(opening));
        m_openingId = opening.id;
        m_file.setData(generatedCsv(g_rows));
        m_file.open(QIODevice::ReadOnly);
        const CsvTable head = CsvReader::parse(m_file, {}, CandidateCsvImport::kPreviewRows);
        m_reading = {{}, CandidateColumnMapping::guess(head), QDate(2026, 11, 26)};
        auto known = DuplicateCheck::forOpening(*m_db, m_openingId);
        QVERIFY(known);
        m_plan = CandidateCsvImport::preview(m_file, m_reading, *known);
        QVERIFY(!m_plan.hasErrors());
        QCOMPARE(m_plan.addCount(), g_rows);
    }

    // Timed by hand and printed, not in QtTest's benchmark loop, which may
    // run a body again: a second import would find every row there already,
    // a second undo nothing left to remove.
    void importRows() {
        QElapsedTimer timer;
        timer.start();
        auto written = CandidateCsvImport::write(*m_db, m_openingId, m_file, m_reading, m_plan);
        QVERIFY2(written, qPrintable(written.errorMessage()));
        qInfo("import of %d rows: %lld ms", g_rows, timer.elapsed());
        m_written = *written;
        QCOMPARE(m_written->count(), g_rows);
    }

    void undoTheImport() {
        QVERIFY(m_written);
        QElapsedTimer timer;
        timer.start();
        const Status reverted = CandidateCsvImport::revert(*m_db, *m_written);
        QVERIFY2(reverted, qPrintable(reverted.errorMessage()));
        qInfo("undo of %d rows: %lld ms", g_rows, timer.elapsed());
        auto left = m_db->exec(QStringLiteral("SELECT COUNT(*) FROM candidates"));
        QVERIFY(left && left->next());
        QCOMPARE(left->value(0).toInt(), 0);
    }
};

/// Takes `--rows N` (default 20,000) before Qt Test's own options, so that
/// the CTest smoke run can use a small file.
int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments();
    if (!debrief::bench::takePositiveOption(args, QStringLiteral("--rows"), g_rows))
        return 2;
    BenchCsvImport bench;
    return QTest::qExec(&bench, args);
}

#include "bench_csvimport.moc"
