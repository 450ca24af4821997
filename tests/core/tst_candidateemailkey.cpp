#include "DatabaseDump.h"
#include "RawConnection.h"
#include "TestDatabase.h"

#include "csv/CandidateColumnMapping.h"
#include "csv/CandidateCsvImport.h"
#include "csv/CsvReader.h"
#include "pipeline/CandidateIntake.h"
#include "pipeline/DuplicateCheck.h"
#include "storage/CandidateRepository.h"
#include "storage/Database.h"
#include "storage/Migration.h"
#include "storage/OpeningRepository.h"

#include <QTemporaryDir>
#include <QTest>

using namespace debrief;
using debrief::test::RawConnection;

namespace {

const QDate kToday(2026, 11, 20);

/// A file as Debrief wrote it at schema 5, before e-mail addresses were
/// unique: the same person stored three times (case and spaces differ),
/// as two imports racing each other left them, and one other person.
QStringList version5FileWithDuplicates() {
    QStringList statements = test::schemaUpTo(5);
    const QString candidate =
        QStringLiteral("INSERT INTO candidates (id, uuid, full_name, email, created_at) VALUES "
                       "(%1, '0f000000-0000-4000-8000-00000000000%1', '%2', '%3', "
                       "'2025-01-01T00:00:00.000Z')");
    statements += {
        QStringLiteral("INSERT INTO openings (id, uuid, title, status, created_at) VALUES (1, "
                       "'0a000000-0000-4000-8000-000000000001', 'Backend Engineer', 'open', "
                       "'2025-01-01T00:00:00.000Z')"),
        candidate.arg(1).arg(QStringLiteral("Ana Lima"), QStringLiteral("ana@example.org")),
        candidate.arg(2).arg(QStringLiteral("Ana Lima"), QStringLiteral("ANA@example.org")),
        candidate.arg(3).arg(QStringLiteral("Ana Lima"), QStringLiteral(" ana@example.org ")),
        candidate.arg(4).arg(QStringLiteral("Ben Novak"), QStringLiteral("ben@example.org")),
    };
    return statements;
}

} // namespace

/// One person per e-mail address (trimmed, case-insensitive), the domain
/// rule DuplicateCheck states, backed by a unique key in the database
/// (migration 6) and checked inside the writing transaction (issue #12:
/// two imports at once stored every candidate twice).
class TestCandidateEmailKey : public QObject {
    Q_OBJECT

private slots:
    void init();
    void theDatabaseRefusesASecondRecordOfOnePerson();
    void emptyAddressesAreNotOnePerson();
    void migrationKeepsEarlierDuplicatesAndGuardsFromThenOn();
    void aCsvImportChecksDuplicatesWhenItWrites();
    void anIntakeChecksDuplicatesWhenItWrites();
    void addressLookupsUseTheKeyAndNoOtherIndex();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    RowId m_opening = kNoRow;
};

void TestCandidateEmailKey::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto db = test::TestDatabase::open(m_dir->filePath(QStringLiteral("t.sqlite")));
    QVERIFY2(db, qPrintable(db.errorMessage()));
    m_db = std::move(db).value();
    Opening opening;
    opening.title = QStringLiteral("Support");
    QVERIFY(OpeningRepository(*m_db).insert(opening));
    m_opening = opening.id;
}

void TestCandidateEmailKey::theDatabaseRefusesASecondRecordOfOnePerson() {
    Candidate ana;
    ana.fullName = QStringLiteral("Ana Lima");
    ana.email = QStringLiteral("ana@example.org");
    QVERIFY(CandidateRepository(*m_db).insert(ana));
    // Straight SQL, past every check in lib/core: the key itself refuses.
    for (const QString& same :
         {QStringLiteral("ana@example.org"), QStringLiteral("ANA@Example.org"),
          QStringLiteral("  ana@example.org ")}) {
        auto inserted = m_db->exec(
            QStringLiteral("INSERT INTO candidates (uuid, full_name, email, created_at) VALUES "
                           "(?, 'Ana Lima', ?, '2026-11-20T00:00:00.000Z')"),
            {QUuid::createUuid().toString(QUuid::WithoutBraces), same});
        QVERIFY2(!inserted, qPrintable(same));
    }
    // Through the repository the refusal is worded for people.
    Candidate again = ana;
    again.id = kNoRow;
    again.uuid = QUuid::createUuid();
    again.email = QStringLiteral("Ana@Example.org");
    auto refused = CandidateRepository(*m_db).insert(again);
    QVERIFY(!refused);
    QVERIFY2(refused.errorMessage().contains(QStringLiteral("already has this e-mail address")),
             qPrintable(refused.errorMessage()));
    QVERIFY2(!refused.errorMessage().contains(QStringLiteral("ana@")),
             qPrintable(refused.errorMessage()));
}

void TestCandidateEmailKey::emptyAddressesAreNotOnePerson() {
    for (int i = 0; i < 3; ++i) {
        Candidate nobody;
        nobody.fullName = QStringLiteral("Walk-in %1").arg(i);
        QVERIFY(CandidateRepository(*m_db).insert(nobody));
    }
}

void TestCandidateEmailKey::migrationKeepsEarlierDuplicatesAndGuardsFromThenOn() {
    DEBRIEF_SQLITE_ONLY("a file schema 5 wrote");
    const QString path = m_dir->filePath(QStringLiteral("v5.sqlite"));
    QVERIFY(test::runRawSql(path, version5FileWithDuplicates()));
    auto opened = test::TestDatabase::open(path, Database::OpenMode::MustExist);
    QVERIFY2(opened, qPrintable(opened.errorMessage()));
    Database& db = **opened;
    QCOMPARE(db.schemaVersion(), latestSchemaVersion());
    QVERIFY(latestSchemaVersion() >= 6);
    // Every row is kept: merging people could join two applications to one
    // opening, and which record is right is the panel's call.
    auto all = CandidateRepository(db).list();
    QVERIFY(all);
    QCOMPARE(all->size(), 4);
    // From now on the address is taken, by the first record.
    Candidate again;
    again.fullName = QStringLiteral("Ana Lima");
    again.email = QStringLiteral("Ana@example.org");
    QVERIFY(!CandidateRepository(db).insert(again));
    Candidate cara;
    cara.fullName = QStringLiteral("Cara Diaz");
    cara.email = QStringLiteral("cara@example.org");
    QVERIFY(CandidateRepository(db).insert(cara));
    // DuplicateCheck still finds the first of them.
    auto check = DuplicateCheck::forOpening(db, 1);
    QVERIFY(check);
    QCOMPARE(check->stored(QStringLiteral("ANA@EXAMPLE.ORG"))->candidateId, RowId(1));
}

void TestCandidateEmailKey::aCsvImportChecksDuplicatesWhenItWrites() {
    const CsvTable table =
        CsvReader::parse("Name,Email\nAna Lima,ana@example.org\nBen Novak,ben@example.org\n", {});
    auto known = DuplicateCheck::forOpening(*m_db, m_opening);
    QVERIFY(known);
    const CandidateImportPlan plan =
        CandidateCsvImport::plan(table, CandidateColumnMapping::guess(table), *known, kToday);
    QCOMPARE(plan.duplicateCount(), 0);
    // Between the preview and the write, another process adds Ana.
    NewCandidate ana;
    ana.fullName = QStringLiteral("Ana Lima");
    ana.email = QStringLiteral("Ana@Example.org");
    QVERIFY(CandidateIntake(*m_db).add(m_opening, ana, kToday));
    auto written = CandidateCsvImport::write(*m_db, m_opening, plan);
    QVERIFY2(written, qPrintable(written.errorMessage()));
    QCOMPARE(written->count(), 1);
    QCOMPARE(CandidateRepository(*m_db).list()->size(), 2);
}

void TestCandidateEmailKey::anIntakeChecksDuplicatesWhenItWrites() {
    NewCandidate ana;
    ana.fullName = QStringLiteral("Ana Lima");
    ana.email = QStringLiteral("ana@example.org");
    auto check = CandidateIntake(*m_db).check(m_opening, ana);
    QVERIFY(check && check->isEmpty());
    QVERIFY(CandidateIntake(*m_db).add(m_opening, ana, kToday));
    ana.email = QStringLiteral(" ANA@example.org");
    auto again = CandidateIntake(*m_db).add(m_opening, ana, kToday);
    QVERIFY(!again);
    QCOMPARE(CandidateRepository(*m_db).list()->size(), 1);
}

void TestCandidateEmailKey::addressLookupsUseTheKeyAndNoOtherIndex() {
    DEBRIEF_SQLITE_ONLY("SQLite's schema table and query plan");
    // The plain index on the address (up to schema 8) answered no lookup
    // and cost every write: migration 9 drops it, and the lookups of
    // DuplicateCheck still find each address in the unique key.
    auto indexes = m_db->exec(QStringLiteral(
        "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'candidates' AND "
        "sql LIKE '%email%' ORDER BY name"));
    QVERIFY(indexes);
    QStringList names;
    while (indexes->next())
        names.append(indexes->value(0).toString());
    QCOMPARE(names, QStringList{QStringLiteral("candidates_email_unique")});
    auto plan = m_db->exec(QStringLiteral(
        "EXPLAIN QUERY PLAN WITH wanted (n, email) AS (VALUES (0, 'a@b.org')) SELECT c.id FROM "
        "wanted w JOIN candidates c ON lower(trim(c.email)) = lower(trim(w.email)) AND c.email "
        "<> '' AND c.email_shared = FALSE"));
    QVERIFY(plan);
    QString steps;
    while (plan->next())
        steps += plan->value(3).toString() + u'\n';
    QVERIFY2(steps.contains(QStringLiteral("USING INDEX candidates_email_unique")),
             qPrintable(steps));
}

QTEST_GUILESS_MAIN(TestCandidateEmailKey)
#include "tst_candidateemailkey.moc"
