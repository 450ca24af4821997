#include "DatabaseDump.h"
#include "TestDatabase.h"
#include "csv/CandidateCsvImport.h"
#include "csv/CsvReader.h"
#include "domain/Opening.h"
#include "pipeline/DuplicateCheck.h"
#include "storage/ApplicationRepository.h"
#include "storage/CandidateRepository.h"
#include "storage/CommunicationRepository.h"
#include "storage/Database.h"
#include "storage/OpeningRepository.h"

#include <QFile>
#include <QSqlQuery>
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

/// The plan for a fixture as the CLI and the wizard make it without choices.
CandidateImportPlan planFor(const char* name, const DuplicateCheck& known = {}) {
    const CsvTable table = CsvReader::parse(fixture(name));
    return CandidateCsvImport::plan(table, CandidateColumnMapping::guess(table), known, kToday);
}

bool hasIssueAt(const CandidateImportPlan& plan, int line, int column, bool error);

/// "name|preferred name|e-mail|applied on|location|source" per row, as the
/// fixtures' rows should be stored (written out by hand from the files).
using ExpectedRows = QStringList;

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

    /// What the database holds: the file's bytes (not one written), on the
    /// server every row.
    QByteArray fileBytes() const {
        if (test::TestDatabase::onServer())
            return test::dumpDatabase(*m_db).join(QLatin1Char('\n')).toUtf8();
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

    DuplicateCheck known() {
        auto check = DuplicateCheck::forOpening(*m_db, m_openingId);
        if (!check)
            qFatal("cannot read the stored candidates");
        return *check;
    }

    /// The opening's candidates as a second connection reads them from the
    /// SQLite file, in the ExpectedRows form, in the order they were added.
    ExpectedRows readBack() {
        auto db = test::TestDatabase::open(m_db->location(), Database::OpenMode::MustExist);
        if (!db)
            return {db.errorMessage()};
        auto query = (*db)->exec(
            QStringLiteral("SELECT c.full_name, c.preferred_name, c.email, a.applied_on, "
                           "c.location, c.source FROM applications a JOIN candidates c ON "
                           "c.id = a.candidate_id WHERE a.opening_id = ? ORDER BY a.id"),
            {m_openingId});
        if (!query)
            return {query.errorMessage()};
        ExpectedRows rows;
        while (query->next()) {
            QStringList values;
            for (int i = 0; i < 6; ++i)
                values.append(query->value(i).toString());
            rows.append(values.join(QLatin1Char('|')));
        }
        return rows;
    }

private slots:
    void init() {
        m_db.reset();
        auto db = test::TestDatabase::open(m_dir.filePath(QStringLiteral("import.sqlite")));
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
        test::TestDatabase::remove(m_dir.filePath(QStringLiteral("import.sqlite")));
    }

    void goodFileImportsEveryRow() {
        const auto plan = planFor("good-comma.csv");
        QVERIFY(!plan.hasErrors());
        QCOMPARE(plan.rows.size(), 2);
        QCOMPARE(plan.rows[1].appliedOn, QDate(2026, 10, 1));
        auto written = CandidateCsvImport::write(*m_db, m_openingId, plan);
        QVERIFY2(written.ok(), qPrintable(written.errorMessage()));
        QCOMPARE(written->count(), 2);
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
        auto written = CandidateCsvImport::write(*m_db, m_openingId, plan);
        QVERIFY(!written.ok());
        QCOMPARE(applicationCount(), 0);
        QCOMPARE(fileBytes(), before);
    }

    void trailingDelimiterRowsImportTheRest() {
        // Issue #12: Excel's ",," rows failed the whole file.
        const auto plan = planFor("trailing-delimiters.csv");
        QVERIFY2(!plan.hasErrors(), qPrintable(plan.issues.value(0).message));
        QCOMPARE(plan.rows.size(), 2);
        QCOMPARE(plan.addCount(), 2);
        auto written = CandidateCsvImport::write(*m_db, m_openingId, plan);
        QVERIFY2(written.ok(), qPrintable(written.errorMessage()));
        QCOMPARE(readBack(),
                 (ExpectedRows{QStringLiteral("Ada Lovelace||ada@example.com|2026-11-26||"),
                               QStringLiteral("Ben Okafor||ben@example.com|2026-11-26||")}));
    }

    void aHeaderWithoutRowsHasNoCandidates() {
        // Issue #12: a header-only file "imported 0" and succeeded.
        const auto plan = planFor("header-only.csv");
        QVERIFY(plan.hasErrors());
        QCOMPARE(plan.issues.size(), 1);
        QCOMPARE(plan.issues[0].line, 0);
        QVERIFY2(plan.issues[0].message.contains(QStringLiteral("no candidates")),
                 qPrintable(plan.issues[0].message));
        QVERIFY(!CandidateCsvImport::write(*m_db, m_openingId, plan).ok());
        // So is a header over nothing but delimiter rows.
        const CsvTable blank = CsvReader::parse(QByteArray("Name,Email\n,\n,\n"));
        const auto blankPlan = CandidateCsvImport::plan(blank, CandidateColumnMapping::guess(blank),
                                                        DuplicateCheck{}, kToday);
        QVERIFY(blankPlan.hasErrors());
        QVERIFY(
            std::any_of(blankPlan.issues.cbegin(), blankPlan.issues.cend(), [](const CsvIssue& i) {
                return i.isError() && i.message.contains(QStringLiteral("no candidates"));
            }));
    }

    void controlCharactersAreRefusedWhereTheyAre() {
        // Issue #12: a NUL inside an e-mail address was stored.
        const auto nul = planFor("nul-in-email.csv");
        QVERIFY(nul.hasErrors());
        QVERIFY(hasIssueAt(nul, 2, 2, true));
        QCOMPARE(nul.blockingErrorCount(), 1); // one message, not "not valid" too
        QVERIFY(!CandidateCsvImport::write(*m_db, m_openingId, nul).ok());
        QCOMPARE(applicationCount(), 0);
        // ESC in a note (line 2, column 4) and BEL before a phone number
        // (line 3, column 3) are refused; line breaks and tabs are text.
        const auto controls = planFor("control-characters.csv");
        QCOMPARE(controls.blockingErrorCount(), 2);
        QVERIFY(hasIssueAt(controls, 2, 4, true));
        QVERIFY(hasIssueAt(controls, 3, 3, true));
        for (const CsvIssue& issue : controls.issues) {
            QVERIFY2(issue.message.contains(QStringLiteral("U+001B")) ||
                         issue.message.contains(QStringLiteral("U+0007")),
                     qPrintable(issue.message));
        }
    }

    void messagesNeverQuoteTheValues_data() {
        QTest::addColumn<QString>("file");
        for (const char* file : {"invalid-rows.csv", "nul-in-email.csv", "control-characters.csv",
                                 "ambiguous-dates.csv", "mixed-date-order.csv", "formulas.csv",
                                 "unbalanced-quote.csv", "handmade-odd.csv"})
            QTest::newRow(file) << QString::fromLatin1(file);
    }

    void messagesNeverQuoteTheValues() {
        // Every cell of the file that holds a person's data (a name, an
        // address, a note): no message may contain it, since the CLI prints
        // them to a terminal and logs (docs/CSV.md).
        QFETCH(QString, file);
        const QByteArray bytes = fixture(file.toLatin1().constData());
        const CsvTable table = CsvReader::parse(bytes);
        const auto plan = CandidateCsvImport::plan(table, CandidateColumnMapping::guess(table),
                                                   DuplicateCheck{}, kToday);
        QVERIFY(!plan.issues.isEmpty());
        const CandidateColumnMapping mapping = CandidateColumnMapping::guess(table);
        QStringList personal;
        for (const CsvRecord& record : table.records) {
            for (const CandidateField field : {CandidateField::FullName, CandidateField::Email,
                                               CandidateField::Notes, CandidateField::Phone}) {
                for (const int column : mapping.columns(field)) {
                    const QString cell = record.fields.value(column).trimmed();
                    if (cell.size() >= 3)
                        personal.append(cell);
                }
            }
        }
        QVERIFY(!personal.isEmpty());
        for (const CsvIssue& issue : plan.issues) {
            for (const QString& cell : std::as_const(personal))
                QVERIFY2(!issue.message.contains(cell),
                         qPrintable(QStringLiteral("%1 quotes “%2”").arg(issue.message, cell)));
        }
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
        QVERIFY(!CandidateCsvImport::write(*m_db, m_openingId, plan).ok());
        QCOMPARE(applicationCount(), 0);
    }

    void duplicatesOfTheOpeningAreSkipped() {
        QVERIFY(storeApplicant(QStringLiteral(" Miguel@Example.org "), m_openingId) != kNoRow);
        const auto plan = planFor("good-comma.csv", known());
        QCOMPARE(plan.duplicateCount(), 1);
        QVERIFY(plan.rows[1].duplicate);
        QVERIFY(!plan.hasErrors());
        auto written = CandidateCsvImport::write(*m_db, m_openingId, plan);
        QVERIFY2(written.ok(), qPrintable(written.errorMessage()));
        QCOMPARE(written->count(), 1);
        QCOMPARE(applicationCount(), 2); // the stored one and Zoë
    }

    void aFailedReadIsNeverNoDuplicates() {
        // Without its candidates table the database cannot say who is stored.
        QVERIFY(m_db->exec(QStringLiteral("ALTER TABLE candidates RENAME TO gone")).ok());
        auto check = DuplicateCheck::forOpening(*m_db, m_openingId);
        QVERIFY(!check.ok());
        QVERIFY(!check.errorMessage().isEmpty());
    }

    void formulaCellsAreStoredAsText() {
        const auto plan = planFor("formulas.csv");
        QVERIFY(!plan.hasErrors());
        QVERIFY(CandidateCsvImport::write(*m_db, m_openingId, plan).ok());
        auto found = CandidateRepository(*m_db).findByEmail(QStringLiteral("formula@example.com"));
        QCOMPARE(found->first().fullName, QStringLiteral("=HYPERLINK(\"http://x\")"));
        QCOMPARE(found->first().notes, QStringLiteral("+SUM(A1:A2)"));
        // Each is pointed out, with its line and column: =HYPERLINK (2, 1),
        // +SUM (2, 3), @cmd (3, 1), -2+3 (3, 3).
        for (const auto& [line, column] : {std::pair{2, 1}, {2, 3}, {3, 1}, {3, 3}})
            QVERIFY2(hasIssueAt(plan, line, column, false), qPrintable(QString::number(line)));
    }

    void headerSetsImportTheRightPeople_data() {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<ExpectedRows>("expected");
        // LinkedIn's "Connected On" is no application date: today is used.
        QTest::newRow("LinkedIn")
            << QStringLiteral("linkedin-connections.csv")
            << ExpectedRows{
                   QStringLiteral("Hannah Keller|Hannah|hannah.keller@example.com|2026-11-26||"),
                   QStringLiteral("Tomás Ferreira|Tomás|tomas.ferreira@example.org|2026-11-26||"),
                   QStringLiteral("Aiko Tanaka|Aiko|aiko.tanaka@example.com|2026-11-26||")};
        QTest::newRow("Indeed") << QStringLiteral("indeed-candidates.csv")
                                << ExpectedRows{
                                       QStringLiteral("Priya Nair||priya.nair@example.com|"
                                                      "2026-01-05|London, UK|Indeed"),
                                       QStringLiteral("Jonas Berg||jonas.berg@example.com|"
                                                      "2026-01-12|Stockholm, Sweden|Indeed"),
                                       QStringLiteral("Lena Fischer||lena.fischer@example.org|"
                                                      "2026-02-02|Berlin|Indeed Apply")};
        QTest::newRow("Workable")
            << QStringLiteral("workable-candidates.csv")
            << ExpectedRows{QStringLiteral("Omar Haddad||omar.haddad@example.com|2026-01-05|"
                                           "Manchester, United Kingdom|LinkedIn"),
                            QStringLiteral("Sofia Rossi||sofia.rossi@example.org|2026-01-06|"
                                           "Milan, Italy|Careers page"),
                            QStringLiteral("Mateo García||mateo.garcia@example.com|2026-01-07|"
                                           "Madrid, Spain|Referral")};
        // Month first: line 2's 01/15/2026 decides.
        QTest::newRow("Greenhouse")
            << QStringLiteral("greenhouse-candidates.csv")
            << ExpectedRows{QStringLiteral("Grace O'Neill|Grace|grace.oneill@example.com|"
                                           "2026-01-15|San Francisco, CA|LinkedIn (Prospecting)"),
                            QStringLiteral("Daniel Kim|Daniel|daniel.kim@example.org|2026-02-03|"
                                           "New York, NY|Referral"),
                            QStringLiteral("Ana Lucía Pérez Gómez|Ana Lucía|ana.perez@example."
                                           "com|2026-02-10|Austin, TX|Company website")};
        QTest::newRow("German")
            << QStringLiteral("german-spreadsheet.csv")
            << ExpectedRows{QStringLiteral("Jürgen Weiß|Jürgen|juergen.weiss@example.com|"
                                           "2026-01-05|München|Stepstone"),
                            QStringLiteral("Anna-Lena Schröder|Anna-Lena|anna-lena.schroeder@"
                                           "example.org|2026-01-12|Hamburg|Empfehlung"),
                            QStringLiteral("Mehmet Yılmaz|Mehmet|mehmet.yilmaz@example.com|"
                                           "2026-02-03|Köln|Karrieremesse")};
        // Day first: line 2's 25/01/2026 decides; "Nom" is the last name.
        QTest::newRow("French")
            << QStringLiteral("french-spreadsheet.csv")
            << ExpectedRows{QStringLiteral("Élodie Lefèvre|Élodie|elodie.lefevre@example.org|"
                                           "2026-01-25|Lyon|Welcome to the Jungle"),
                            QStringLiteral("François Dupont-Martin|François|francois.dupont@"
                                           "example.org|2026-02-03|Paris|Candidature spontanée"),
                            QStringLiteral("Chloé N'Diaye|Chloé|chloe.ndiaye@example.org|"
                                           "2026-02-03|Marseille|Cooptation")};
        // Spaces trimmed and collapsed, an empty first name left out, the
        // unknown "where from" column not imported.
        QTest::newRow("hand-made")
            << QStringLiteral("handmade-odd.csv")
            << ExpectedRows{
                   QStringLiteral("Anna van der Berg|Anna|Anna.vdBerg@Example.com|2026-01-05||"),
                   QStringLiteral("Okonkwo||chidi.okonkwo@example.com|2026-01-07||"),
                   QStringLiteral("Bo Li|Bo|bo.li@example.org|2026-01-05||")};
    }

    void headerSetsImportTheRightPeople() {
        QFETCH(QString, fixture);
        QFETCH(ExpectedRows, expected);
        const auto plan = planFor(fixture.toUtf8().constData(), known());
        QVERIFY2(!plan.hasErrors(), qPrintable(plan.issues.value(0).message));
        QCOMPARE(plan.rows.size(), expected.size());
        auto written = CandidateCsvImport::write(*m_db, m_openingId, plan);
        QVERIFY2(written.ok(), qPrintable(written.errorMessage()));
        QCOMPARE(readBack(), expected);
    }

    void multiLineNotesAndPhonesAreKept() {
        QVERIFY(
            CandidateCsvImport::write(*m_db, m_openingId, planFor("german-spreadsheet.csv")).ok());
        auto juergen =
            CandidateRepository(*m_db).findByEmail(QStringLiteral("juergen.weiss@example.com"));
        QVERIFY(juergen.ok() && juergen->size() == 1);
        QCOMPARE(juergen->first().phone, QStringLiteral("+49 89 5550 1234"));
        QCOMPARE(juergen->first().notes,
                 QStringLiteral("Sehr gute Referenzen\nGehaltsvorstellung offen"));
    }

    void ambiguousDatesAreReportedNotGuessed() {
        const auto plan = planFor("ambiguous-dates.csv");
        // 03/04 and 05/06 read both ways; 07/07 is the same day either way.
        QVERIFY(hasIssueAt(plan, 2, 3, true));
        QVERIFY(hasIssueAt(plan, 3, 3, true));
        QCOMPARE(plan.blockingErrorCount(), 2);
        QCOMPARE(plan.issues.first().message,
                 QStringLiteral("this date could be 3 April 2026 (day first) or 4 March 2026 "
                                "(month first), and no date in the column says which comes "
                                "first; choose the order of day and month"));

        const CsvTable table = CsvReader::parse(fixture("ambiguous-dates.csv"));
        CandidateColumnMapping mapping = CandidateColumnMapping::guess(table);
        mapping.setDateOrder(DateOrder::MonthFirst);
        const auto chosen = CandidateCsvImport::plan(table, mapping, {}, kToday);
        QVERIFY(!chosen.hasErrors());
        QCOMPARE(chosen.rows[0].appliedOn, QDate(2026, 3, 4));
        QCOMPARE(chosen.rows[1].appliedOn, QDate(2026, 5, 6));
        QCOMPARE(chosen.rows[2].appliedOn, QDate(2026, 7, 7));
    }

    void aFileThatMixesDateOrdersNamesTheDecidingLine() {
        const auto plan = planFor("mixed-date-order.csv");
        QCOMPARE(plan.blockingErrorCount(), 1);
        QVERIFY(hasIssueAt(plan, 3, 3, true));
        QCOMPARE(plan.rows[0].appliedOn, QDate(2026, 4, 13));
        QCOMPARE(plan.issues.first().message,
                 QStringLiteral("this date reads only with the month first, but line 2 reads "
                                "only with the day first; choose the order of day and month"));
    }

    void filesWithoutANameOrEmailSayWhatTheyHave_data() {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("unknown headers")
            << QStringLiteral("unknown-headers.csv")
            << QStringList{QStringLiteral("the required column \"Full name\" is missing or not "
                                          "mapped; the file's columns are “Ref” (1), “Contact” "
                                          "(2), “Reached us via” (3). The name can"),
                           QStringLiteral("the required column \"E-mail\" is missing")};
        QTest::newRow("no name") << QStringLiteral("no-name.csv")
                                 << QStringList{QStringLiteral(
                                        "the required column \"Full name\" is missing or not "
                                        "mapped; the file's columns are “Last Name” (1)")};
        QTest::newRow("two e-mail columns")
            << QStringLiteral("ambiguous-email.csv")
            << QStringList{QStringLiteral("the columns “Email” (2), “Courriel” (3) could each be "
                                          "\"E-mail\"; choose one")};
    }

    void filesWithoutANameOrEmailSayWhatTheyHave() {
        QFETCH(QString, fixture);
        QFETCH(QStringList, expected);
        const auto plan = planFor(fixture.toUtf8().constData());
        QCOMPARE(plan.blockingErrorCount(), expected.size());
        for (int i = 0; i < expected.size(); ++i) {
            QCOMPARE(plan.issues.at(i).line, 1);
            QVERIFY2(plan.issues.at(i).message.startsWith(expected.at(i)),
                     qPrintable(plan.issues.at(i).message));
        }
        QVERIFY(!CandidateCsvImport::write(*m_db, m_openingId, plan).ok());
        QCOMPARE(applicationCount(), 0);
    }

    void datesInSeveralFormsAndTodayWithout() {
        // good-comma.csv has 2026-10-01 and 01.10.2026 (by hand);
        // invalid-rows.csv has no date column.
        const auto plan = planFor("good-comma.csv");
        QCOMPARE(plan.rows[0].appliedOn, QDate(2026, 10, 1));
        QCOMPARE(plan.rows[1].appliedOn, QDate(2026, 10, 1));
        QCOMPARE(planFor("invalid-rows.csv").rows[1].appliedOn, kToday);
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

        const auto plan = planFor("good-comma.csv", known());
        QVERIFY(!plan.hasErrors());
        QVERIFY(plan.rows[0].duplicate);
        QVERIFY(!plan.rows[1].duplicate);
        QCOMPARE(plan.rows[1].existingCandidateId, miguel);
        QCOMPARE(plan.existingCandidateCount(), 1);

        auto written = CandidateCsvImport::write(*m_db, m_openingId, plan);
        QVERIFY2(written.ok(), qPrintable(written.errorMessage()));
        QVERIFY(written->candidateIds.isEmpty()); // nobody new
        QCOMPARE(written->applicationIds.count(), 1);
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
        auto written = CandidateCsvImport::write(*m_db, m_openingId, plan);
        QVERIFY(written.ok());
        QCOMPARE(written->candidateIds.count(), 2);
        QCOMPARE(candidateCount(), 3);
        QVERIFY(CandidateCsvImport::revert(*m_db, *written).ok());
        QCOMPARE(candidateCount(), 1);
        QCOMPARE(applicationCount(), 1);
        QVERIFY(CandidateRepository(*m_db).get(before).ok());
    }

    void revertRefusesOnceRecordsWereAdded() {
        const auto plan = planFor("good-comma.csv");
        auto written = CandidateCsvImport::write(*m_db, m_openingId, plan);
        QVERIFY(written.ok());
        CommunicationEntry message;
        message.applicationId = written->applicationIds.ids().first();
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
