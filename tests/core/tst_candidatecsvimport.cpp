#include "csv/CandidateCsvImport.h"
#include "csv/CsvReader.h"
#include "domain/Opening.h"
#include "storage/ApplicationRepository.h"
#include "storage/CandidateRepository.h"
#include "storage/Database.h"
#include "storage/OpeningRepository.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace debrief;

namespace {

const QDate kToday(2026, 11, 26);

QByteArray fixture(const char* name) {
    QFile file(QStringLiteral(DEBRIEF_TEST_DATA_DIR "/csv/") + QString::fromLatin1(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", name);
    return file.readAll();
}

CandidateImportPlan planFor(const char* name, const QStringList& existing = {}) {
    const CsvTable table = CsvReader::parse(fixture(name));
    return CandidateCsvImport::plan(table, CandidateColumnMapping::guess(table.header), existing,
                                    kToday);
}

bool hasIssueAt(const CandidateImportPlan& plan, int line, int column, bool error) {
    return std::any_of(plan.issues.cbegin(), plan.issues.cend(), [&](const CsvIssue& i) {
        return i.line == line && i.column == column && i.isError() == error;
    });
}

} // namespace

class TestCandidateCsvImport : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    RowId m_openingId = kNoRow;

    QByteArray fileBytes() const {
        QFile f(m_db->location());
        f.open(QIODevice::ReadOnly);
        return f.readAll();
    }

    int applicationCount() {
        auto apps = ApplicationRepository(*m_db).forOpening(m_openingId);
        return apps ? static_cast<int>(apps->size()) : -1;
    }

private slots:
    void init() {
        m_db.reset();
        auto db = Database::openSqlite(m_dir.filePath(QStringLiteral("import.sqlite")));
        QVERIFY2(db.ok(), qPrintable(db.errorMessage()));
        m_db = std::move(db.value());
        Opening opening;
        opening.title = QStringLiteral("Backend Engineer");
        opening.createdAt = QDateTime(kToday, QTime(9, 0), Qt::UTC);
        QVERIFY(OpeningRepository(*m_db).insert(opening).ok());
        m_openingId = opening.id;
    }

    void cleanup() {
        m_db.reset();
        QFile::remove(m_dir.filePath(QStringLiteral("import.sqlite")));
        QFile::remove(m_dir.filePath(QStringLiteral("import.sqlite-wal")));
        QFile::remove(m_dir.filePath(QStringLiteral("import.sqlite-shm")));
    }

    void goodFileImportsEveryRow() {
        const auto plan = planFor("good-comma.csv");
        QVERIFY(!plan.hasErrors());
        QCOMPARE(plan.rows.size(), 2);
        QCOMPARE(plan.rows[1].appliedOn, QDate(2026, 10, 1));
        auto written = CandidateCsvImport::commit(*m_db, m_openingId, plan,
                                                  CandidateCsvImport::DuplicatePolicy::Skip);
        QVERIFY2(written.ok(), qPrintable(written.errorMessage()));
        QCOMPARE(*written, 2);
        QCOMPARE(applicationCount(), 2);
        auto found =
            CandidateRepository(*m_db).findByEmail(QStringLiteral("ZOE.BRANDT@example.com"));
        QVERIFY(found.ok());
        QCOMPARE(found->size(), 1);
        QCOMPARE(found->first().phone, QStringLiteral("+49 30 1234567"));
    }

    void invalidRowsAreNamedByLineAndColumn() {
        const auto plan = planFor("invalid-rows.csv");
        QVERIFY(plan.hasErrors());
        QVERIFY(hasIssueAt(plan, 2, 2, true));  // ana@example: no top-level domain
        QVERIFY(hasIssueAt(plan, 4, 1, true));  // empty name
        QVERIFY(hasIssueAt(plan, 5, 2, true));  // cara@@example.com
        QVERIFY(hasIssueAt(plan, 6, 2, false)); // same e-mail as line 3, other case
        QCOMPARE(plan.rows[4].duplicateOfLine, 3);
        const QByteArray before = fileBytes();
        auto written = CandidateCsvImport::commit(*m_db, m_openingId, plan,
                                                  CandidateCsvImport::DuplicatePolicy::Skip);
        QVERIFY(!written.ok());
        QCOMPARE(applicationCount(), 0);
        QCOMPARE(fileBytes(), before);
    }

    void missingRequiredColumnIsReported() {
        const auto plan = planFor("missing-email-column.csv");
        QVERIFY(plan.hasErrors());
        QCOMPARE(plan.issues.first().line, 1);
        QVERIFY(plan.issues.first().message.contains(QStringLiteral("E-mail")));
    }

    void unbalancedQuoteBlocksImport() {
        const auto plan = planFor("unbalanced-quote.csv");
        QVERIFY(plan.hasErrors());
        QVERIFY(hasIssueAt(plan, 3, 26, true));
        QVERIFY(!CandidateCsvImport::commit(*m_db, m_openingId, plan,
                                            CandidateCsvImport::DuplicatePolicy::Skip)
                     .ok());
        QCOMPARE(applicationCount(), 0);
    }

    void storedDuplicatesAreSkippedOrImported() {
        const auto plan = planFor("good-comma.csv", {QStringLiteral("miguel@example.org")});
        QCOMPARE(plan.duplicateCount(), 1);
        QVERIFY(!plan.hasErrors());
        auto skipped = CandidateCsvImport::commit(*m_db, m_openingId, plan,
                                                  CandidateCsvImport::DuplicatePolicy::Skip);
        QCOMPARE(*skipped, 1);
    }

    void formulaCellsAreStoredAsText() {
        const auto plan = planFor("formulas.csv");
        QVERIFY(!plan.hasErrors());
        QVERIFY(CandidateCsvImport::commit(*m_db, m_openingId, plan,
                                           CandidateCsvImport::DuplicatePolicy::Skip)
                    .ok());
        auto found = CandidateRepository(*m_db).findByEmail(QStringLiteral("formula@example.com"));
        QCOMPARE(found->first().fullName, QStringLiteral("=HYPERLINK(\"http://x\")"));
        QCOMPARE(found->first().notes, QStringLiteral("+SUM(A1:A2)"));
    }

    void datesInSeveralForms() {
        QCOMPARE(CandidateCsvImport::parseDate(QStringLiteral("2026-03-01")), QDate(2026, 3, 1));
        QCOMPARE(CandidateCsvImport::parseDate(QStringLiteral("01.03.2026")), QDate(2026, 3, 1));
        QCOMPARE(CandidateCsvImport::parseDate(QStringLiteral("1/3/2026")), QDate(2026, 3, 1));
        QVERIFY(!CandidateCsvImport::parseDate(QStringLiteral("March 1st")).isValid());
    }
};

QTEST_GUILESS_MAIN(TestCandidateCsvImport)
#include "tst_candidatecsvimport.moc"
