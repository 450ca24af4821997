#include "domain/Opening.h"
#include "storage/Database.h"
#include "storage/OpeningRepository.h"

#include <QFile>
#include <QLocale>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace debrief;

namespace {

QString fixture(const char* name) {
    return QStringLiteral(DEBRIEF_TEST_DATA_DIR "/csv/") + QString::fromLatin1(name);
}

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

} // namespace

/// `debrief-cli import-candidates` run as a process on the header sets of
/// tests/data/csv: without --map, with --map and --date-order, with bad
/// ones, and on a database whose candidates cannot be read. What was stored
/// is read back from the SQLite file.
class TestImportCandidatesCommand : public QObject {
    Q_OBJECT

private slots:
    void init();
    void splitNamesImportWithoutMap_data();
    void splitNamesImportWithoutMap();
    void mapAndDateOrderChooseColumns_data();
    void mapAndDateOrderChooseColumns();
    void problemsNameFileLineAndColumnAndSuggestTheFix_data();
    void problemsNameFileLineAndColumnAndSuggestTheFix();
    void badOptionsNameTheOption_data();
    void badOptionsNameTheOption();
    void duplicatesAreSkippedAndKnownPeopleReused();
    void aStorageReadErrorImportsNothing();
    void aMillionDelimiterRowsImportTheRestWithOneNote();
    void aFileOfBadRowsPrintsAScreenful();
    void aHeaderWithoutRowsFailsWithNoCandidates();
    void delimiterIsOneCharacterOrNamed_data();
    void delimiterIsOneCharacterOrNamed();
    void utf16WithoutBomImports_data();
    void utf16WithoutBomImports();
    void controlCharactersAreRefusedWithoutQuotingTheValue();

private:
    Run importCandidates(const QStringList& args, RowId opening = 1) const;
    /// A file of `header` and `rows` in the test's folder.
    QString writeCsv(const QString& name, const QByteArray& header, const QByteArray& row,
                     int rows) const;
    /// "name|preferred name|e-mail|applied on" per application of the
    /// opening, in the order they were stored.
    QStringList stored(RowId opening = 1) const;
    int candidateCount() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
};

void TestImportCandidatesCommand::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = m_dir->filePath(QStringLiteral("panel.sqlite"));
    auto db = Database::openSqlite(m_db);
    QVERIFY2(db.ok(), qPrintable(db.errorMessage()));
    for (const auto* title : {"Backend Engineer", "Site Reliability Engineer"}) {
        Opening opening;
        opening.title = QString::fromLatin1(title);
        QVERIFY(OpeningRepository(**db).insert(opening).ok());
    }
}

Run TestImportCandidatesCommand::importCandidates(const QStringList& args, RowId opening) const {
    QProcess cli;
    cli.start(QStringLiteral(DEBRIEF_CLI),
              QStringList{QStringLiteral("import-candidates"), QStringLiteral("--db"), m_db,
                          QStringLiteral("--opening"), QString::number(opening)} +
                  args);
    if (!cli.waitForFinished(30000))
        qFatal("debrief-cli import-candidates did not finish");
    return {cli.exitStatus() == QProcess::NormalExit ? cli.exitCode() : -1,
            QString::fromUtf8(cli.readAllStandardOutput()),
            QString::fromUtf8(cli.readAllStandardError())};
}

QString TestImportCandidatesCommand::writeCsv(const QString& name, const QByteArray& header,
                                              const QByteArray& row, int rows) const {
    const QString path = m_dir->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    file.write(header);
    file.write(row.repeated(rows));
    return path;
}

QStringList TestImportCandidatesCommand::stored(RowId opening) const {
    auto db = Database::openSqlite(m_db, Database::OpenMode::MustExist);
    if (!db)
        return {db.errorMessage()};
    auto query = (*db)->exec(
        QStringLiteral("SELECT c.full_name, c.preferred_name, c.email, a.applied_on FROM "
                       "applications a JOIN candidates c ON c.id = a.candidate_id WHERE "
                       "a.opening_id = ? ORDER BY a.id"),
        {opening});
    if (!query)
        return {query.errorMessage()};
    QStringList rows;
    while (query->next()) {
        rows.append(QStringList{query->value(0).toString(), query->value(1).toString(),
                                query->value(2).toString(), query->value(3).toString()}
                        .join(QLatin1Char('|')));
    }
    return rows;
}

int TestImportCandidatesCommand::candidateCount() const {
    auto db = Database::openSqlite(m_db, Database::OpenMode::MustExist);
    if (!db)
        return -1;
    auto query = (*db)->exec(QStringLiteral("SELECT COUNT(*) FROM candidates"));
    return query && query->next() ? query->value(0).toInt() : -1;
}

void TestImportCandidatesCommand::splitNamesImportWithoutMap_data() {
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("columns");
    QTest::addColumn<QStringList>("names");
    // Names, e-mails and dates read off the fixtures by hand.
    // Plural forms as debrief-cli prints them with its English translation.
    QTest::newRow("English (Greenhouse)")
        << fixture("greenhouse-candidates.csv")
        << QStringLiteral("Columns: name=2+3 (First Name + Last Name), preferred-name=2 (First "
                          "Name), email=4 (Email), phone=5 (Phone), location=12 (Location), "
                          "source=9 (Source), applied-on=10 (Applied On)")
        << QStringList{
               QStringLiteral("Grace O'Neill|Grace|grace.oneill@example.com|2026-01-15"),
               QStringLiteral("Daniel Kim|Daniel|daniel.kim@example.org|2026-02-03"),
               QStringLiteral("Ana Lucía Pérez Gómez|Ana Lucía|ana.perez@example.com|2026-02-10")};
    QTest::newRow("German")
        << fixture("german-spreadsheet.csv")
        << QStringLiteral("Columns: name=1+2 (Vorname + Nachname), preferred-name=1 (Vorname), "
                          "email=3 (E-Mail), phone=4 (Telefon), location=7 (Ort), source=5 "
                          "(Quelle), notes=8 (Bemerkungen), applied-on=6 (Bewerbungsdatum)")
        << QStringList{
               QStringLiteral("Jürgen Weiß|Jürgen|juergen.weiss@example.com|2026-01-05"),
               QStringLiteral(
                   "Anna-Lena Schröder|Anna-Lena|anna-lena.schroeder@example.org|2026-01-12"),
               QStringLiteral("Mehmet Yılmaz|Mehmet|mehmet.yilmaz@example.com|2026-02-03")};
    QTest::newRow("French")
        << fixture("french-spreadsheet.csv")
        << QStringLiteral("Columns: name=1+2 (Prénom + Nom), preferred-name=1 (Prénom), "
                          "email=3 (Courriel), phone=4 (Téléphone), location=6 (Ville), "
                          "source=7 (Source), applied-on=5 (Date de candidature)")
        << QStringList{
               QStringLiteral("Élodie Lefèvre|Élodie|elodie.lefevre@example.org|2026-01-25"),
               QStringLiteral(
                   "François Dupont-Martin|François|francois.dupont@example.org|2026-02-03"),
               QStringLiteral("Chloé N'Diaye|Chloé|chloe.ndiaye@example.org|2026-02-03")};
    QTest::newRow("hand-made")
        << fixture("handmade-odd.csv")
        << QStringLiteral("Columns: name=1+2 (FIRST name + SURNAME), preferred-name=1 (FIRST "
                          "name), email=3 (e_mail), phone=4 (Mobile Number), notes=7 "
                          "(comments), applied-on=6 (APPLIED)")
        << QStringList{QStringLiteral("Anna van der Berg|Anna|Anna.vdBerg@Example.com|2026-01-05"),
                       QStringLiteral("Okonkwo||chidi.okonkwo@example.com|2026-01-07"),
                       QStringLiteral("Bo Li|Bo|bo.li@example.org|2026-01-05")};
}

void TestImportCandidatesCommand::splitNamesImportWithoutMap() {
    QFETCH(QString, file);
    QFETCH(QString, columns);
    QFETCH(QStringList, names);
    const Run run = importCandidates({file});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QStringList lines = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.value(0), columns);
    QCOMPARE(lines.value(1), QStringLiteral("Imported 3 candidates."));
    QCOMPARE(stored(), names);
}

void TestImportCandidatesCommand::mapAndDateOrderChooseColumns_data() {
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("name by number")
        << QStringList{QStringLiteral("--map"), QStringLiteral("name=1"), fixture("no-name.csv")}
        << QStringList{QStringLiteral("Okafor||ben.okafor@example.com|")};
    // Connected On is left alone unless asked for; then its dates read.
    QTest::newRow("date by header name")
        << QStringList{QStringLiteral("--map=applied-on=Connected On"),
                       fixture("linkedin-connections.csv")}
        << QStringList{QStringLiteral("Hannah Keller|Hannah|hannah.keller@example.com|2026-01-05"),
                       QStringLiteral("Tomás Ferreira|Tomás|tomas.ferreira@example.org|2025-12-12"),
                       QStringLiteral("Aiko Tanaka|Aiko|aiko.tanaka@example.com|2025-11-03")};
    QTest::newRow("joined by header names, preferred name unmapped")
        << QStringList{QStringLiteral("--map"),
                       QStringLiteral("name=Last Name+First Name"),
                       QStringLiteral("--map"),
                       QStringLiteral("preferred-name=0"),
                       QStringLiteral("--map"),
                       QStringLiteral("applied-on=7"),
                       fixture("linkedin-connections.csv")}
        << QStringList{QStringLiteral("Keller Hannah||hannah.keller@example.com|2026-01-05"),
                       QStringLiteral("Ferreira Tomás||tomas.ferreira@example.org|2025-12-12"),
                       QStringLiteral("Tanaka Aiko||aiko.tanaka@example.com|2025-11-03")};
    QTest::newRow("one of two e-mail columns")
        << QStringList{QStringLiteral("--map"), QStringLiteral("email=3"),
                       fixture("ambiguous-email.csv")}
        << QStringList{QStringLiteral("Ana Silva||ana@example.org|")};
    QTest::newRow("day first")
        << QStringList{QStringLiteral("--date-order"), QStringLiteral("day-first"),
                       fixture("ambiguous-dates.csv")}
        << QStringList{QStringLiteral("Ida Berg||ida.berg@example.com|2026-04-03"),
                       QStringLiteral("Karl Nilsson||karl.nilsson@example.com|2026-06-05"),
                       QStringLiteral("Maja Lind||maja.lind@example.com|2026-07-07")};
}

void TestImportCandidatesCommand::mapAndDateOrderChooseColumns() {
    QFETCH(QStringList, args);
    QFETCH(QStringList, expected);
    const Run run = importCandidates(args);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QStringList rows = stored();
    // Rows without a date column applied today; the day is not compared.
    for (QString& row : rows) {
        if (expected.first().endsWith(QLatin1Char('|')))
            row = row.section(QLatin1Char('|'), 0, 2) + QLatin1Char('|');
    }
    QCOMPARE(rows, expected);
}

void TestImportCandidatesCommand::problemsNameFileLineAndColumnAndSuggestTheFix_data() {
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("expected");
    const QString noName = fixture("no-name.csv");
    QTest::newRow("no name column")
        << noName
        << QStringList{noName + QStringLiteral(":1: error: the required column \"Full name\" is "
                                               "missing or not mapped; the file's columns are "
                                               "“Last Name” (1), “Email” (2), “Phone” (3). The "
                                               "name can also be a first-name and a last-name "
                                               "column joined."),
                       QStringLiteral("Choose the columns with --map FIELD=COLUMNS, e.g. --map "
                                      "name=1+2 --map email=3 (see --help)."),
                       QStringLiteral("Nothing was imported.")};
    const QString unknown = fixture("unknown-headers.csv");
    QTest::newRow("unknown headers")
        << unknown
        << QStringList{unknown + QStringLiteral(":1: error: the required column \"Full name\""),
                       unknown + QStringLiteral(":1: error: the required column \"E-mail\""),
                       QStringLiteral("Choose the columns with --map"),
                       QStringLiteral("Nothing was imported.")};
    const QString dates = fixture("ambiguous-dates.csv");
    QTest::newRow("ambiguous dates")
        << dates
        << QStringList{dates + QStringLiteral(":2:3: error: this date could be 3 April 2026 (day "
                                              "first) or 4 March 2026 (month first)"),
                       dates + QStringLiteral(":3:3: error: this date could be 5 June 2026"),
                       QStringLiteral("Say how the dates are written with --date-order "
                                      "day-first or month-first."),
                       QStringLiteral("Nothing was imported.")};
    const QString email = fixture("ambiguous-email.csv");
    QTest::newRow("two e-mail columns")
        << email
        << QStringList{email + QStringLiteral(":1: error: the columns “Email” (2), “Courriel” "
                                              "(3) could each be \"E-mail\"; choose one"),
                       QStringLiteral("Choose the columns with --map"),
                       QStringLiteral("Nothing was imported.")};
}

void TestImportCandidatesCommand::problemsNameFileLineAndColumnAndSuggestTheFix() {
    QFETCH(QString, file);
    QFETCH(QStringList, expected);
    const Run run = importCandidates({file});
    QCOMPARE(run.exitCode, 1);
    const QStringList lines = run.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), expected.size());
    for (int i = 0; i < expected.size(); ++i)
        QVERIFY2(lines.at(i).startsWith(expected.at(i)), qPrintable(lines.at(i)));
    QCOMPARE(candidateCount(), 0);
}

void TestImportCandidatesCommand::badOptionsNameTheOption_data() {
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    const QString linkedin = fixture("linkedin-connections.csv");
    QTest::newRow("column out of range")
        << QStringList{QStringLiteral("--map"), QStringLiteral("name=1+9"), linkedin}
        << QStringLiteral("--map name=1+9: there is no column 9; the file has 7 column");
    QTest::newRow("unknown field")
        << QStringList{QStringLiteral("--map"), QStringLiteral("nom=2"), linkedin}
        << QStringLiteral("--map nom=2: expected FIELD=COLUMNS, FIELD one of name, "
                          "preferred-name, email, phone, location, source, notes, applied-on");
    QTest::newRow("no equals sign")
        << QStringList{QStringLiteral("--map"), QStringLiteral("name"), linkedin}
        << QStringLiteral("--map name: expected FIELD=COLUMNS");
    QTest::newRow("unknown header")
        << QStringList{QStringLiteral("--map"), QStringLiteral("name=Vorname+Nachname"), linkedin}
        << QStringLiteral("--map name=Vorname+Nachname: no column is called “Vorname”");
    QTest::newRow("empty column") << QStringList{QStringLiteral("--map"), QStringLiteral("name=1+"),
                                                 linkedin}
                                  << QStringLiteral("--map name=1+: a column is missing");
    QTest::newRow("date order") << QStringList{QStringLiteral("--date-order"),
                                               QStringLiteral("sideways"), linkedin}
                                << QStringLiteral(
                                       "--date-order sideways: expected day-first or month-first");
}

void TestImportCandidatesCommand::badOptionsNameTheOption() {
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const Run run = importCandidates(args);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.startsWith(message), qPrintable(run.err));
    QVERIFY(run.err.contains(QStringLiteral("Usage: debrief-cli import-candidates")));
    QCOMPARE(candidateCount(), 0);
}

void TestImportCandidatesCommand::duplicatesAreSkippedAndKnownPeopleReused() {
    const QString file = fixture("german-spreadsheet.csv");
    QCOMPARE(importCandidates({file}).exitCode, 0);
    // Again into the same opening: every row already applied.
    const Run again = importCandidates({file});
    QCOMPARE(again.exitCode, 0);
    QVERIFY2(again.out.endsWith(QStringLiteral("Imported 0 candidates. Skipped 3 duplicates.\n")),
             qPrintable(again.out));
    QVERIFY2(again.err.contains(file + QStringLiteral(":2:3: warning: a candidate with this "
                                                      "e-mail has already applied")),
             qPrintable(again.err));
    // Into the other opening: the same three people, no second record.
    const Run other = importCandidates({file}, 2);
    QCOMPARE(other.exitCode, 0);
    QVERIFY2(other.out.endsWith(QStringLiteral("Imported 3 candidates. 3 of them already known "
                                               "from another opening.\n")),
             qPrintable(other.out));
    QCOMPARE(candidateCount(), 3);
    QCOMPARE(stored(2).size(), 3);
}

void TestImportCandidatesCommand::aStorageReadErrorImportsNothing() {
    {
        auto db = Database::openSqlite(m_db, Database::OpenMode::MustExist);
        QVERIFY(db.ok());
        QVERIFY((*db)->exec(QStringLiteral("ALTER TABLE candidates RENAME TO elsewhere")).ok());
    }
    const Run run = importCandidates({fixture("german-spreadsheet.csv")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.endsWith(QStringLiteral("Nothing was imported.\n")), qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
    auto db = Database::openSqlite(m_db, Database::OpenMode::MustExist);
    QVERIFY(db.ok());
    auto count = (*db)->exec(QStringLiteral("SELECT COUNT(*) FROM elsewhere"));
    QVERIFY(count && count->next());
    QCOMPARE(count->value(0).toInt(), 0);
}

void TestImportCandidatesCommand::aMillionDelimiterRowsImportTheRestWithOneNote() {
    // Issue #12: a million ",," rows under one candidate failed the file
    // and printed two million lines (596 MB).
    const QString file = writeCsv(QStringLiteral("million.csv"),
                                  "Name,Email\nZoe Brandt,zoe@example.com\n", ",,\n", 1'000'000);
    const Run run = importCandidates({file});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err.left(2000)));
    QCOMPARE(stored().size(), 1);
    QVERIFY2(run.out.size() + run.err.size() < 1024, qPrintable(run.err.left(2000)));
    const QStringList lines = run.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 1);
    QVERIFY2(lines.first().startsWith(file + QStringLiteral(":3: warning: ")),
             qPrintable(lines.first()));
    QVERIFY2(lines.first().contains(QLocale().toString(1'000'000)), qPrintable(lines.first()));
}

void TestImportCandidatesCommand::aFileOfBadRowsPrintsAScreenful() {
    // 200,000 rows with addresses that are not ones: the first 20 problems
    // by line, then a count of the rest; a few kilobytes at most.
    QByteArray rows;
    for (int row = 0; row < 200'000; ++row)
        rows += "Ann Example,address-" + QByteArray::number(row) + '\n';
    const QString file = writeCsv(QStringLiteral("bad.csv"), "Name,Email\n", rows, 1);
    const Run run = importCandidates({file});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.out.size() + run.err.size() < 4096,
             qPrintable(QString::number(run.out.size() + run.err.size())));
    const QStringList lines = run.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 22); // 20 problems, the count, "Nothing was imported."
    QVERIFY2(lines.first().startsWith(file + QStringLiteral(":2:2: error: ")),
             qPrintable(lines.first()));
    QVERIFY2(lines.at(19).startsWith(file + QStringLiteral(":21:2: error: ")),
             qPrintable(lines.at(19)));
    QVERIFY2(lines.at(20).contains(QLocale().toString(199'980)) &&
                 lines.at(20).contains(QStringLiteral("warnings: 0")),
             qPrintable(lines.at(20)));
    QCOMPARE(lines.at(21), QStringLiteral("Nothing was imported."));
    QCOMPARE(candidateCount(), 0);
}

void TestImportCandidatesCommand::aHeaderWithoutRowsFailsWithNoCandidates() {
    // Issue #12: "Imported 0 candidates." and exit 0.
    const QString file = fixture("header-only.csv");
    const Run run = importCandidates({file});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.startsWith(file + QStringLiteral(": error: no candidates in the file")),
             qPrintable(run.err));
    QVERIFY(run.err.contains(QStringLiteral("Nothing was imported.")));
    QVERIFY2(!run.out.contains(QStringLiteral("Imported")), qPrintable(run.out));
}

void TestImportCandidatesCommand::delimiterIsOneCharacterOrNamed_data() {
    QTest::addColumn<QString>("delimiter");
    QTest::addColumn<int>("exitCode");
    // Issue #12: "::" was silently ignored and the delimiter detected.
    QTest::newRow("::") << QStringLiteral("::") << 2;
    QTest::newRow("letter") << QStringLiteral("t") << 2;
    QTest::newRow("semicolon by name") << QStringLiteral("semicolon") << 0;
    QTest::newRow(";") << QStringLiteral(";") << 0;
}

void TestImportCandidatesCommand::delimiterIsOneCharacterOrNamed() {
    QFETCH(QString, delimiter);
    QFETCH(int, exitCode);
    const Run run = importCandidates(
        {QStringLiteral("--delimiter"), delimiter, fixture("good-semicolon-de.csv")});
    QCOMPARE(run.exitCode, exitCode);
    if (exitCode == 0) {
        QCOMPARE(stored().size(), 2); // both rows of the file
        return;
    }
    QVERIFY2(run.err.startsWith(
                 QStringLiteral("--delimiter: “%1” cannot separate the fields").arg(delimiter)),
             qPrintable(run.err));
    QVERIFY(run.err.contains(QStringLiteral("tab, comma, semicolon, pipe or space")));
    QCOMPARE(candidateCount(), 0);
}

void TestImportCandidatesCommand::utf16WithoutBomImports_data() {
    QTest::addColumn<QString>("file");
    QTest::newRow("little-endian") << fixture("utf16le-no-bom.csv");
    QTest::newRow("big-endian") << fixture("utf16be-no-bom.csv");
}

void TestImportCandidatesCommand::utf16WithoutBomImports() {
    // Issue #12: little-endian failed with a field-count message; big-endian
    // "imported" names and addresses with a NUL before every letter.
    QFETCH(QString, file);
    const Run run = importCandidates({file});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QStringList rows = stored();
    for (QString& row : rows)
        row = row.section(QLatin1Char('|'), 0, 2);
    QCOMPARE(rows, (QStringList{QStringLiteral("Åsa Berg||asa@example.se"),
                                QStringLiteral("Jiří Novák||jiri.novak@example.com")}));
}

void TestImportCandidatesCommand::controlCharactersAreRefusedWithoutQuotingTheValue() {
    // Issue #12: "cid@exa<NUL>mple.com" was stored. The message names the
    // line and column, never the address (or any part of it).
    const QString file = fixture("nul-in-email.csv");
    const Run run = importCandidates({file});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.startsWith(file + QStringLiteral(":2:2: error: this value holds the control "
                                                      "character U+0000 (NUL)")),
             qPrintable(run.err));
    for (const char* part : {"cid@", "mple.com", "Cid", "dora"})
        QVERIFY2(!run.err.contains(QLatin1String(part), Qt::CaseInsensitive), qPrintable(run.err));
    QCOMPARE(candidateCount(), 0);
}

QTEST_GUILESS_MAIN(TestImportCandidatesCommand)
#include "tst_importcandidatescommand.moc"
