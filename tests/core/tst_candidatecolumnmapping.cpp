#include "csv/CandidateColumnMapping.h"
#include "csv/CsvHeaderNames.h"
#include "csv/CsvReader.h"

#include <QFile>
#include <QTest>

using namespace debrief;

Q_DECLARE_METATYPE(debrief::HeaderRole)

namespace {

QStringList header(const char* line) {
    return QString::fromUtf8(line).split(QLatin1Char(','));
}

QList<int> cols(std::initializer_list<int> columns) {
    return QList<int>(columns);
}

CsvTable fixture(const char* name) {
    QFile file(QStringLiteral(DEBRIEF_TEST_DATA_DIR "/csv/") + QString::fromLatin1(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", name);
    return CsvReader::parse(file.readAll());
}

} // namespace

/// CandidateColumnMapping: header names in three languages (data in
/// csv/headers), the name rules of docs/CSV.md, ambiguity and --map columns.
class TestCandidateColumnMapping : public QObject {
    Q_OBJECT

private slots:
    void headerDataIsConsistent() {
        const CsvHeaderNames& names = CsvHeaderNames::builtIn();
        QVERIFY2(names.problems().isEmpty(), qPrintable(names.problems().join(u'\n')));
        // One name from each language file, so that a missing file shows.
        QCOMPARE(names.roleOf(QStringLiteral("Surname")), HeaderRole::LastName);
        QCOMPARE(names.roleOf(QStringLiteral("Nachname")), HeaderRole::LastName);
        QCOMPARE(names.roleOf(QStringLiteral("Nom de famille")), HeaderRole::LastName);
    }

    void headersCompareWithoutCaseAccentsOrPunctuation_data() {
        QTest::addColumn<QString>("header");
        QTest::addColumn<HeaderRole>("role");
        QTest::newRow("First Name") << QStringLiteral("First Name") << HeaderRole::FirstName;
        QTest::newRow("first_name") << QStringLiteral("first_name") << HeaderRole::FirstName;
        QTest::newRow("Given name") << QStringLiteral("Given name") << HeaderRole::FirstName;
        QTest::newRow("Vorname") << QStringLiteral("VORNAME") << HeaderRole::FirstName;
        QTest::newRow("Prénom") << QStringLiteral("Prénom") << HeaderRole::FirstName;
        QTest::newRow("Prenom") << QStringLiteral("prenom") << HeaderRole::FirstName;
        QTest::newRow("Family name") << QStringLiteral("Family-Name") << HeaderRole::LastName;
        QTest::newRow("Nom") << QStringLiteral("Nom") << HeaderRole::Name;
        QTest::newRow("Name") << QStringLiteral(" name ") << HeaderRole::Name;
        QTest::newRow("Full name") << QStringLiteral("FULL_NAME") << HeaderRole::FullName;
        QTest::newRow("Email Address") << QStringLiteral("Email Address") << HeaderRole::Email;
        QTest::newRow("E-Mail") << QStringLiteral("E-Mail") << HeaderRole::Email;
        QTest::newRow("Courriel") << QStringLiteral("Courriel") << HeaderRole::Email;
        QTest::newRow("Adresse e-mail") << QStringLiteral("Adresse e-mail") << HeaderRole::Email;
        QTest::newRow("Phone Number") << QStringLiteral("Phone Number") << HeaderRole::Phone;
        QTest::newRow("Telefon") << QStringLiteral("Telefon") << HeaderRole::Phone;
        QTest::newRow("Handy") << QStringLiteral("Handy") << HeaderRole::Phone;
        QTest::newRow("Téléphone") << QStringLiteral("TÉLÉPHONE") << HeaderRole::Phone;
        QTest::newRow("Quelle") << QStringLiteral("Quelle") << HeaderRole::Source;
        QTest::newRow("Herkunft") << QStringLiteral("Herkunft") << HeaderRole::Source;
        QTest::newRow("Wohnort") << QStringLiteral("Wohnort") << HeaderRole::Location;
        QTest::newRow("Ville") << QStringLiteral("Ville") << HeaderRole::Location;
        QTest::newRow("Applied At") << QStringLiteral("Applied At") << HeaderRole::AppliedOn;
        QTest::newRow("Created") << QStringLiteral("Created") << HeaderRole::AppliedOn;
        QTest::newRow("Eingangsdatum") << QStringLiteral("Eingangsdatum") << HeaderRole::AppliedOn;
        QTest::newRow("Date de candidature")
            << QStringLiteral("Date de candidature") << HeaderRole::AppliedOn;
        QTest::newRow("Company") << QStringLiteral("Company") << HeaderRole::None;
        QTest::newRow("job location") << QStringLiteral("job location") << HeaderRole::None;
    }

    void headersCompareWithoutCaseAccentsOrPunctuation() {
        QFETCH(QString, header);
        QFETCH(HeaderRole, role);
        QCOMPARE(CsvHeaderNames::builtIn().roleOf(header), role);
    }

    void firstAndLastNameAreJoined() {
        const auto mapping = CandidateColumnMapping::guess(
            header("First Name,Last Name,URL,Email Address,Company,Position,Connected On"));
        QCOMPARE(mapping.columns(CandidateField::FullName), cols({0, 1}));
        QCOMPARE(mapping.columns(CandidateField::PreferredName), cols({0}));
        QCOMPARE(mapping.column(CandidateField::Email), 3);
        QCOMPARE(mapping.column(CandidateField::AppliedOn), -1); // a connection is no application
        QVERIFY(mapping.missingRequired().isEmpty());
        QVERIFY(mapping.ambiguities().isEmpty());
    }

    void lastNameFirstKeepsTheNameOrder() {
        // First name, then last name, whatever order the columns are in.
        const auto mapping =
            CandidateColumnMapping::guess(header("Nachname,Vorname,E-Mail,Telefon"));
        QCOMPARE(mapping.columns(CandidateField::FullName), cols({1, 0}));
        QCOMPARE(mapping.column(CandidateField::Phone), 3);
    }

    void aFullNameColumnWins() {
        const auto mapping = CandidateColumnMapping::guess(
            header("First Name,Last Name,Full Name,Preferred Name,Email"));
        QCOMPARE(mapping.columns(CandidateField::FullName), cols({2}));
        QCOMPARE(mapping.columns(CandidateField::PreferredName), cols({3}));
    }

    void nomMeansLastNameOnlyNextToPrenom() {
        const auto alone = CandidateColumnMapping::guess(header("Nom,Courriel"));
        QCOMPARE(alone.columns(CandidateField::FullName), cols({0}));
        QCOMPARE(alone.column(CandidateField::PreferredName), -1);
        const auto paired = CandidateColumnMapping::guess(header("Nom,Prénom,Courriel"));
        QCOMPARE(paired.columns(CandidateField::FullName), cols({1, 0}));
        QCOMPARE(paired.columns(CandidateField::PreferredName), cols({1}));
    }

    void aNameColumnThatHoldsWholeNamesStaysWhole() {
        // good-semicolon-de.csv: Vorname "Zoë", Name "Zoë Brandt".
        const CsvTable table = fixture("good-semicolon-de.csv");
        const auto mapping = CandidateColumnMapping::guess(table);
        QCOMPARE(mapping.columns(CandidateField::FullName), cols({1}));
        QCOMPARE(mapping.columns(CandidateField::PreferredName), cols({0}));
        // The same header without values reads "Name" as the last name.
        QCOMPARE(CandidateColumnMapping::guess(table.header).columns(CandidateField::FullName),
                 cols({0, 1}));
    }

    void onlyALastNameIsNoName() {
        const auto mapping = CandidateColumnMapping::guess(header("Last Name,Email,Phone"));
        QCOMPARE(mapping.missingRequired(), QList<CandidateField>{CandidateField::FullName});
        const QList<CsvIssue> issues = mapping.issues(header("Last Name,Email,Phone"));
        QCOMPARE(issues.size(), 1);
        QVERIFY(issues.first().isError());
        QCOMPARE(issues.first().line, 1);
        QCOMPARE(issues.first().message,
                 QStringLiteral("the required column \"Full name\" is missing or not mapped; the "
                                "file's columns are “Last Name” (1), “Email” (2), “Phone” (3). "
                                "The name can also be a first-name and a last-name column "
                                "joined."));
    }

    void ambiguousColumnsAreSaid() {
        const QStringList columns = header("Name,Email,Courriel,Phone,Mobile");
        auto mapping = CandidateColumnMapping::guess(columns);
        QCOMPARE(mapping.column(CandidateField::Email), 1);
        QCOMPARE(mapping.ambiguities().size(), 2);
        const QList<CsvIssue> issues = mapping.issues(columns);
        QCOMPARE(issues.size(), 2);
        QVERIFY(issues.at(0).isError()); // e-mail is required
        QCOMPARE(issues.at(0).message,
                 QStringLiteral("the columns “Email” (2), “Courriel” (3) could each be "
                                "\"E-mail\"; choose one"));
        QVERIFY(!issues.at(1).isError()); // phone is not
        QCOMPARE(issues.at(1).message,
                 QStringLiteral("the columns “Phone” (4), “Mobile” (5) could each be \"Phone\"; "
                                "“Phone” (4) is used"));
        // Choosing settles it, even the column that was already mapped.
        mapping.setColumn(CandidateField::Email, 1);
        QCOMPARE(mapping.ambiguities().size(), 1);
        QVERIFY(!containsErrors(mapping.issues(columns)));
    }

    void mapColumnsByNumberOrName_data() {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<QList<int>>("expected");
        QTest::newRow("one") << QStringLiteral("3") << cols({2});
        QTest::newRow("joined") << QStringLiteral("2+3") << cols({1, 2});
        QTest::newRow("spaces") << QStringLiteral(" 2 + 3 ") << cols({1, 2});
        QTest::newRow("names") << QStringLiteral("First Name+Last Name") << cols({0, 1});
        QTest::newRow("loose name") << QStringLiteral("email_address") << cols({3});
        QTest::newRow("none") << QStringLiteral("0") << QList<int>{};
    }

    void mapColumnsByNumberOrName() {
        QFETCH(QString, spec);
        QFETCH(QList<int>, expected);
        const auto parsed = CandidateColumnMapping::parseColumns(
            spec, header("First Name,Last Name,Company,Email Address"));
        QVERIFY2(parsed.ok(), qPrintable(parsed.errorMessage()));
        QCOMPARE(*parsed, expected);
    }

    void badMapColumnsSayWhy_data() {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<QString>("message");
        QTest::newRow("too far") << QStringLiteral("2+9")
                                 << QStringLiteral(
                                        "there is no column 9; the file has 4 column(s)");
        QTest::newRow("empty") << QString()
                               << QStringLiteral("a column is missing (give numbers "
                                                 "or header names joined with +)");
        QTest::newRow("dangling +")
            << QStringLiteral("2+")
            << QStringLiteral("a column is missing (give numbers or header names "
                              "joined with +)");
        QTest::newRow("unknown") << QStringLiteral("Surname")
                                 << QStringLiteral("no column is called “Surname”");
        QTest::newRow("twice") << QStringLiteral("Note")
                               << QStringLiteral("2 columns are called “Note”; give the "
                                                 "column's number instead");
    }

    void badMapColumnsSayWhy() {
        QFETCH(QString, spec);
        QFETCH(QString, message);
        const auto parsed =
            CandidateColumnMapping::parseColumns(spec, header("Name,Email,Note,Note"));
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.errorMessage(), message);
    }

    void keysRoundTrip() {
        for (const CandidateField field : CandidateColumnMapping::allFields())
            QCOMPARE(CandidateColumnMapping::fieldForKey(CandidateColumnMapping::key(field)),
                     field);
        QVERIFY(!CandidateColumnMapping::fieldForKey(QStringLiteral("nom")).has_value());
    }
};

QTEST_GUILESS_MAIN(TestCandidateColumnMapping)
#include "tst_candidatecolumnmapping.moc"
