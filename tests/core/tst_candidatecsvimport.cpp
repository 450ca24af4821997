#include "csv/CandidateCsvImport.h"
#include "csv/CsvReader.h"
#include "domain/Opening.h"
#include "storage/ApplicationRepository.h"
#include "storage/CandidateRepository.h"
#include "storage/CommunicationRepository.h"
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

    int candidateCount() {
        auto all = CandidateRepository(*m_db).list();
        return all ? static_cast<int>(all->size()) : -1;
    }

    /// A stored candidate with one application; kNoRow on failure.
    RowId storeApplicant(const QString& email, RowId openingId) {
        Candidate candidate;
        candidate.fullName = QStringLiteral("Stored Person");
        candidate.email = email;
        if (!CandidateRepository(*m_db).insert(candidate).ok())
            return kNoRow;
        Application application;
        application.candidateId = candidate.id;
        application.openingId = openingId;
        application.appliedOn = kToday;
        return ApplicationRepository(*m_db).insert(application).ok() ? candidate.id : kNoRow;
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
        // Only line 3 is neither wrong nor a duplicate (by hand).
        QCOMPARE(plan.addCount(), 1);
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

    void issuesOfRowsNameTheirField() {
        const auto plan = planFor("invalid-rows.csv");
        // Name,Email: the bad address on line 2 is in field 2, the empty
        // name on line 4 in field 1.
        const auto at = [&](int line) {
            return *std::find_if(plan.issues.cbegin(), plan.issues.cend(),
                                 [line](const CsvIssue& i) { return i.line == line; });
        };
        QCOMPARE(at(2).field, 2);
        QCOMPARE(at(4).field, 1);
    }

    void againstAnOpeningKnownPeopleAreAddedNotDuplicated() {
        // Zoë already applied to this opening; Miguel only to another one.
        Opening other;
        other.title = QStringLiteral("Designer");
        QVERIFY(OpeningRepository(*m_db).insert(other).ok());
        const RowId zoe = storeApplicant(QStringLiteral("Zoe.Brandt@example.com"), m_openingId);
        const RowId miguel = storeApplicant(QStringLiteral("miguel@example.org"), other.id);
        QVERIFY(zoe != kNoRow && miguel != kNoRow);

        auto stored = CandidateCsvImport::storedCandidates(*m_db, m_openingId);
        QVERIFY2(stored.ok(), qPrintable(stored.errorMessage()));
        const CsvTable table = CsvReader::parse(fixture("good-comma.csv"));
        const auto plan = CandidateCsvImport::plan(
            table, CandidateColumnMapping::guess(table.header), *stored, kToday);
        QVERIFY(!plan.hasErrors());
        QVERIFY(plan.rows[0].duplicate);
        QVERIFY(!plan.rows[1].duplicate);
        QCOMPARE(plan.rows[1].existingCandidateId, miguel);
        QCOMPARE(plan.existingCandidateCount(), 1);

        auto written = CandidateCsvImport::write(*m_db, m_openingId, plan,
                                                 CandidateCsvImport::DuplicatePolicy::Skip);
        QVERIFY2(written.ok(), qPrintable(written.errorMessage()));
        QVERIFY(written->candidateIds.isEmpty()); // nobody new
        QCOMPARE(written->applicationIds.size(), 1);
        QCOMPARE(candidateCount(), 2);
        QCOMPARE(ApplicationRepository(*m_db).forCandidate(miguel)->size(), 2);

        QVERIFY(CandidateCsvImport::revert(*m_db, *written).ok());
        QCOMPARE(candidateCount(), 2);
        QCOMPARE(ApplicationRepository(*m_db).forCandidate(miguel)->size(), 1);
        QCOMPARE(applicationCount(), 1); // Zoë's own application stays
    }

    void revertRemovesExactlyWhatWasWritten() {
        const RowId before = storeApplicant(QStringLiteral("early@example.com"), m_openingId);
        const auto plan = planFor("good-comma.csv");
        auto written = CandidateCsvImport::write(*m_db, m_openingId, plan,
                                                 CandidateCsvImport::DuplicatePolicy::Skip);
        QVERIFY(written.ok());
        QCOMPARE(written->candidateIds.size(), 2);
        QCOMPARE(candidateCount(), 3);
        QVERIFY(CandidateCsvImport::revert(*m_db, *written).ok());
        QCOMPARE(candidateCount(), 1);
        QCOMPARE(applicationCount(), 1);
        QVERIFY(CandidateRepository(*m_db).get(before).ok());
    }

    void revertRefusesOnceRecordsWereAdded() {
        const auto plan = planFor("good-comma.csv");
        auto written = CandidateCsvImport::write(*m_db, m_openingId, plan,
                                                 CandidateCsvImport::DuplicatePolicy::Skip);
        QVERIFY(written.ok());
        CommunicationEntry message;
        message.applicationId = written->applicationIds.first();
        message.occurredAt = QDateTime(kToday, QTime(10, 0), Qt::UTC);
        message.summary = QStringLiteral("Invited to a screen");
        QVERIFY(CommunicationRepository(*m_db).insert(message).ok());
        const QByteArray bytes = fileBytes();
        const Status reverted = CandidateCsvImport::revert(*m_db, *written);
        QVERIFY(!reverted.ok());
        QVERIFY(reverted.errorMessage().contains(QStringLiteral("1 record")));
        QCOMPARE(candidateCount(), 2);
        QCOMPARE(applicationCount(), 2);
        QCOMPARE(fileBytes(), bytes);
    }
};

QTEST_GUILESS_MAIN(TestCandidateCsvImport)
#include "tst_candidatecsvimport.moc"
