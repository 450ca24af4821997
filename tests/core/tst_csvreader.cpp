#include "csv/CandidateColumnMapping.h"
#include "csv/CsvIssueText.h"
#include "csv/CsvReader.h"
#include "csv/CsvWriter.h"

#include <QFile>
#include <QLocale>
#include <QTest>

using namespace debrief;

namespace {

QByteArray fixture(const char* name) {
    QFile file(QStringLiteral(DEBRIEF_TEST_DATA_DIR "/csv/") + QString::fromLatin1(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", name);
    return file.readAll();
}

} // namespace

class TestCsvReader : public QObject {
    Q_OBJECT

private slots:
    void readsQuotedFieldsAndLineBreaks() {
        const CsvTable table = CsvReader::parse(fixture("good-comma.csv"));
        QVERIFY2(!table.hasErrors(), qPrintable(table.issues.value(0).message));
        QCOMPARE(table.encoding, QStringLiteral("UTF-8"));
        QCOMPARE(table.delimiter, QLatin1Char(','));
        QCOMPARE(table.header, (QStringList{QStringLiteral("Name"), QStringLiteral("E-Mail"),
                                            QStringLiteral("Phone"), QStringLiteral("Applied on"),
                                            QStringLiteral("Notes")}));
        QCOMPARE(table.records.size(), 2);
        QCOMPARE(table.records[0].line, 2);
        QCOMPARE(table.records[0].fields[0], QStringLiteral("Zoë Brandt"));
        QCOMPARE(table.records[0].fields[4],
                 QStringLiteral("Referred by Ana; \"great\" portfolio"));
        QCOMPARE(table.records[1].line, 3);
        QCOMPARE(table.records[1].fields[4], QStringLiteral("Two\r\nlines"));
    }

    void detectsSemicolonAndGermanHeaders() {
        const CsvTable table = CsvReader::parse(fixture("good-semicolon-de.csv"));
        QVERIFY(!table.hasErrors());
        QCOMPARE(table.delimiter, QLatin1Char(';'));
        const auto mapping = CandidateColumnMapping::guess(table);
        QCOMPARE(mapping.column(CandidateField::PreferredName), 0);
        QCOMPARE(mapping.column(CandidateField::FullName), 1);
        QCOMPARE(mapping.column(CandidateField::Email), 2);
        QCOMPARE(mapping.column(CandidateField::Source), 3);
        QVERIFY(mapping.missingRequired().isEmpty());
        QCOMPARE(table.records[1].fields[1], QStringLiteral("Lukas Müller"));
    }

    void readsLatin1WithAWarningThatNamesTheSpot() {
        const CsvTable table = CsvReader::parse(fixture("latin1.csv"));
        QVERIFY(!table.hasErrors());
        QCOMPARE(table.encoding, QStringLiteral("Windows-1252"));
        QCOMPARE(table.issues.size(), 1);
        QCOMPARE(table.issues[0].line, 2);
        QCOMPARE(table.issues[0].column, 4);
        QCOMPARE(table.issues[0].field, 1); // "Renée Dupont" is in the Name column
        QCOMPARE(table.records[0].fields[0], QStringLiteral("Renée Dupont"));
        QCOMPARE(table.records[1].fields[0], QStringLiteral("François Hollande-Test"));
    }

    void utf16WithBom() {
        const QString text = QStringLiteral("Name\tEmail\nÅsa Berg\tasa@example.se\n");
        QByteArray bytes("\xFF\xFE", 2);
        bytes.append(reinterpret_cast<const char*>(text.utf16()), text.size() * 2);
        const CsvTable table = CsvReader::parse(bytes);
        QVERIFY(table.issues.isEmpty());
        QCOMPARE(table.encoding, QStringLiteral("UTF-16LE"));
        QCOMPARE(table.delimiter, QLatin1Char('\t'));
        QCOMPARE(table.records[0].fields[0], QStringLiteral("Åsa Berg"));
    }

    void unbalancedQuoteNamesLineAndColumn() {
        const CsvTable table = CsvReader::parse(fixture("unbalanced-quote.csv"));
        QVERIFY(table.hasErrors());
        const auto it = std::find_if(table.issues.cbegin(), table.issues.cend(),
                                     [](const CsvIssue& i) { return i.isError(); });
        QCOMPARE(it->line, 3);
        QCOMPARE(it->column, 26);
        QCOMPARE(it->field, 3); // Name,Email,Notes: the quote opens the Notes cell
        QVERIFY(it->message.contains(QStringLiteral("never closed")));
    }

    void choosingUtf8ForALatin1FileIsAnErrorAtTheByte() {
        CsvReader::Options options;
        options.encoding = QStringLiteral("UTF-8");
        const CsvTable table = CsvReader::parse(fixture("latin1.csv"), options);
        QVERIFY(table.hasErrors());
        QCOMPARE(table.encoding, QStringLiteral("UTF-8"));
        // 0xE9 of "Renée" is the 4th character of line 2, in the Name column.
        QCOMPARE(table.issues.size(), 1);
        QCOMPARE(table.issues[0].line, 2);
        QCOMPARE(table.issues[0].column, 4);
        QCOMPARE(table.issues[0].field, 1);
        // The rows are still read, so a preview can show what went wrong.
        QCOMPARE(table.records.size(), 2);
        QVERIFY(table.records[0].fields[0].contains(QChar(QChar::ReplacementCharacter)));
    }

    void choosingTheRightEncodingReadsCleanly() {
        CsvReader::Options options;
        options.encoding = QStringLiteral("Windows-1252");
        options.delimiter = QLatin1Char(',');
        const CsvTable table = CsvReader::parse(fixture("latin1.csv"), options);
        QVERIFY(table.issues.isEmpty());
        QCOMPARE(table.records[1].fields[0], QStringLiteral("François Hollande-Test"));
    }

    void detectsEncodings() {
        QCOMPARE(CsvReader::detectEncoding(fixture("latin1.csv")), QStringLiteral("Windows-1252"));
        QCOMPARE(CsvReader::detectEncoding(fixture("good-comma.csv")), QStringLiteral("UTF-8"));
        QCOMPARE(CsvReader::detectEncoding(QByteArray("\xFF\xFEN\0", 4)),
                 QStringLiteral("UTF-16LE"));
    }

    void issueTextNamesLineAndColumnHeader() {
        const QStringList header{QStringLiteral("Name"), QStringLiteral("Email")};
        CsvIssue inCell{CsvIssue::Severity::Error, 7, 2, QStringLiteral("bad"), 2};
        QCOMPARE(CsvIssueText::describe(inCell, header),
                 QStringLiteral("Line 7, column “Email”: bad"));
        inCell.field = 5; // beyond the header: numbered
        QCOMPARE(CsvIssueText::place(inCell, header), QStringLiteral("Line 7, column 5"));
        const CsvIssue atCharacter{CsvIssue::Severity::Error, 3, 26, QStringLiteral("x")};
        QCOMPARE(CsvIssueText::place(atCharacter, header), QStringLiteral("Line 3, character 26"));
        const CsvIssue wholeLine{CsvIssue::Severity::Error, 4, 0, QStringLiteral("x")};
        QCOMPARE(CsvIssueText::place(wholeLine, header), QStringLiteral("Line 4"));
        const CsvIssue wholeFile{CsvIssue::Severity::Error, 0, 0, QStringLiteral("x")};
        QCOMPARE(CsvIssueText::place(wholeFile, header), QStringLiteral("File"));
    }

    void wrongFieldCountIsAnError() {
        const CsvTable table = CsvReader::parse(QByteArray("a,b\n1,2\n3\n4,5,6\n"));
        QCOMPARE(table.issues.size(), 2);
        QCOMPARE(table.issues[0].line, 3);
        QCOMPARE(table.issues[1].line, 4);
    }

    void delimiterOnlyRowsAreSkippedWithOneNote() {
        // Excel's trailing ",," rows (tests/data/csv/trailing-delimiters.csv):
        // lines 3, 5 and 6 hold only delimiters or spaces, line 4 has a
        // candidate with empty fields past the header's two columns.
        const CsvTable table = CsvReader::parse(fixture("trailing-delimiters.csv"));
        QVERIFY2(!table.hasErrors(), qPrintable(table.issues.value(0).message));
        QCOMPARE(table.records.size(), 2);
        QCOMPARE(table.records[0].line, 2);
        QCOMPARE(table.records[1].line, 4);
        QCOMPARE(table.records[1].fields,
                 (QStringList{QStringLiteral("Ben Okafor"), QStringLiteral("ben@example.com")}));
        QCOMPARE(table.skippedBlankRows, 3);
        QCOMPARE(table.issues.size(), 1);
        QCOMPARE(table.issues[0].severity, CsvIssue::Severity::Warning);
        QCOMPARE(table.issues[0].line, 3);
        QVERIFY2(table.issues[0].message.contains(QStringLiteral("3 rows hold nothing but")),
                 qPrintable(table.issues[0].message));
    }

    void blankRowsAboveTheHeaderAreNotTheHeader() {
        const CsvTable table =
            CsvReader::parse(QByteArray(",,\n\nName,Email\nAda,ada@example.com\n"));
        QVERIFY(table.issues.isEmpty());
        QCOMPARE(table.header, (QStringList{QStringLiteral("Name"), QStringLiteral("Email")}));
        QCOMPARE(table.records.size(), 1);
        QCOMPARE(table.records[0].line, 4);
    }

    void textPastTheHeaderIsStillAnError() {
        const CsvTable table = CsvReader::parse(QByteArray("Name,Email\nAda,ada@example.com,x,\n"));
        QCOMPARE(table.issues.size(), 1);
        QVERIFY(table.issues[0].isError());
        QCOMPARE(table.issues[0].line, 2);
    }

    void utf16WithoutBomIsRecognised_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("encoding");
        QTest::newRow("little-endian")
            << QStringLiteral("utf16le-no-bom.csv") << QStringLiteral("UTF-16LE");
        QTest::newRow("big-endian")
            << QStringLiteral("utf16be-no-bom.csv") << QStringLiteral("UTF-16BE");
    }

    void utf16WithoutBomIsRecognised() {
        QFETCH(QString, file);
        QFETCH(QString, encoding);
        const QByteArray bytes = fixture(file.toLatin1().constData());
        QCOMPARE(CsvReader::detectEncoding(bytes), encoding);
        const CsvTable table = CsvReader::parse(bytes);
        QVERIFY2(table.issues.isEmpty(), qPrintable(table.issues.value(0).message));
        QCOMPARE(table.encoding, encoding);
        QCOMPARE(table.header, (QStringList{QStringLiteral("Name"), QStringLiteral("Email")}));
        QCOMPARE(table.records.size(), 2);
        QCOMPARE(table.records[0].fields[0], QStringLiteral("Åsa Berg"));
        QCOMPARE(table.records[1].fields[1], QStringLiteral("jiri.novak@example.com"));
    }

    void utf16ReadAsAnotherEncodingSaysSo() {
        CsvReader::Options options;
        options.encoding = QStringLiteral("UTF-8");
        const CsvTable table = CsvReader::parse(fixture("utf16le-no-bom.csv"), options);
        QCOMPARE(table.issues.size(), 1);
        QVERIFY(table.issues[0].isError());
        QCOMPARE(table.issues[0].line, 0);
        QVERIFY2(table.issues[0].message.contains(QStringLiteral("UTF-16LE")),
                 qPrintable(table.issues[0].message));
        QVERIFY(table.records.isEmpty());
    }

    void aFewNulBytesAreNotUtf16() {
        // A NUL inside one address (tests/data/csv/nul-in-email.csv) is a
        // damaged value, not a file in another encoding.
        const QByteArray bytes = fixture("nul-in-email.csv");
        QVERIFY(bytes.contains('\0'));
        QCOMPARE(CsvReader::detectEncoding(bytes), QStringLiteral("UTF-8"));
        QVERIFY(CsvReader::utf16ByZeroBytes(bytes).isEmpty());
    }

    void delimitersAreOneCharacterOrNamed_data() {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("delimiter"); // empty: refused
        QTest::newRow("tab") << QStringLiteral("tab") << QStringLiteral("\t");
        QTest::newRow("Semicolon") << QStringLiteral("Semicolon") << QStringLiteral(";");
        QTest::newRow("comma") << QStringLiteral("comma") << QStringLiteral(",");
        QTest::newRow("pipe") << QStringLiteral("pipe") << QStringLiteral("|");
        QTest::newRow("space") << QStringLiteral("space") << QStringLiteral(" ");
        QTest::newRow(";") << QStringLiteral(";") << QStringLiteral(";");
        QTest::newRow("a tab character") << QStringLiteral("\t") << QStringLiteral("\t");
        QTest::newRow("::") << QStringLiteral("::") << QString();
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("quote") << QStringLiteral("\"") << QString();
        QTest::newRow("letter") << QStringLiteral("t") << QString();
        QTest::newRow("digit") << QStringLiteral("1") << QString();
        QTest::newRow("line feed") << QStringLiteral("\n") << QString();
        QTest::newRow("NUL") << QString(QChar(0)) << QString();
    }

    void delimitersAreOneCharacterOrNamed() {
        QFETCH(QString, name);
        QFETCH(QString, delimiter);
        const Result<QChar> read = CsvReader::delimiterNamed(name);
        if (delimiter.isEmpty()) {
            QVERIFY(!read);
            QVERIFY2(read.errorMessage().contains(QStringLiteral("tab, comma, semicolon")),
                     qPrintable(read.errorMessage()));
        } else {
            QVERIFY2(read.ok(), qPrintable(read.errorMessage()));
            QCOMPARE(*read, delimiter.front());
        }
    }

    void issueListsNameTheFirstProblemsAndCountTheRest() {
        // A warning on line 2, then 999,999 errors (lines 3 to 1,000,001):
        // the first 20 errors are listed (a warning never hides an error),
        // the other 999,979 errors and the warning are counted.
        QList<CsvIssue> issues;
        issues.append({CsvIssue::Severity::Warning, 2, 0, QStringLiteral("w")});
        for (int line = 3; line <= 1'000'001; ++line)
            issues.append({CsvIssue::Severity::Error, line, 2, QStringLiteral("e"), 2});
        const CsvIssueText::Digest digest = CsvIssueText::digest(issues);
        QCOMPARE(digest.listed.size(), CsvIssueText::kListed);
        QCOMPARE(digest.listed.first().line, 3);
        QCOMPARE(digest.listed.last().line, 22);
        QCOMPARE(digest.moreErrors, 999'979);
        QCOMPARE(digest.moreWarnings, 1);
        const QString more = CsvIssueText::more(digest);
        const QLocale locale;
        QVERIFY2(more.contains(locale.toString(999'980) + QStringLiteral(" more")),
                 qPrintable(more));
        QVERIFY2(more.contains(QStringLiteral("errors: ") + locale.toString(999'979)),
                 qPrintable(more));
    }

    void shortIssueListsAreWhole() {
        const QList<CsvIssue> issues{{CsvIssue::Severity::Warning, 2, 0, QStringLiteral("w")},
                                     {CsvIssue::Severity::Error, 3, 0, QStringLiteral("e")}};
        const CsvIssueText::Digest digest = CsvIssueText::digest(issues);
        QCOMPARE(digest.listed.size(), 2);
        QCOMPARE(digest.listed[0].line, 2); // the file's order
        QVERIFY(CsvIssueText::more(digest).isEmpty());
    }

    void emptyFileHasNoHeader() {
        const CsvTable table = CsvReader::parse(QByteArray());
        QVERIFY(table.hasErrors());
    }

    void writerEscapesFormulasAndQuotes() {
        QVERIFY(CsvWriter::looksLikeFormula(QStringLiteral("=1+1")));
        QVERIFY(CsvWriter::looksLikeFormula(QStringLiteral("+49 30")));
        QVERIFY(CsvWriter::looksLikeFormula(QStringLiteral("@SUM(A1)")));
        QVERIFY(CsvWriter::looksLikeFormula(QStringLiteral("-2+3")));
        QVERIFY(!CsvWriter::looksLikeFormula(QStringLiteral("Ana")));
        QVERIFY(CsvWriter::looksLikeFormula(QStringLiteral("\t=1")));
        // Export escapes them all; a reader is shown only those that compute
        // something other than a number or a phone number.
        QVERIFY(CsvWriter::looksLikeActiveFormula(QStringLiteral("=1+1")));
        QVERIFY(CsvWriter::looksLikeActiveFormula(QStringLiteral("@SUM(A1)")));
        QVERIFY(CsvWriter::looksLikeActiveFormula(QStringLiteral("-2+3")));
        QVERIFY(CsvWriter::looksLikeActiveFormula(QStringLiteral("+cmd|' /C calc'!A0")));
        QVERIFY(CsvWriter::looksLikeActiveFormula(QStringLiteral("\t=1")));
        QVERIFY(!CsvWriter::looksLikeActiveFormula(QStringLiteral("+49 30 1234567")));
        QVERIFY(!CsvWriter::looksLikeActiveFormula(QStringLiteral("+1 (415) 555-0142")));
        QVERIFY(!CsvWriter::looksLikeActiveFormula(QStringLiteral("-2")));
        QVERIFY(!CsvWriter::looksLikeActiveFormula(QStringLiteral("-"))); // "none"
        QVERIFY(CsvWriter::looksLikeActiveFormula(QStringLiteral("=")));
        QVERIFY(!CsvWriter::looksLikeActiveFormula(QStringLiteral("Ana")));
        QCOMPARE(CsvWriter::escapeCell(QStringLiteral("=HYPERLINK(\"x\")")),
                 QStringLiteral("\"'=HYPERLINK(\"\"x\"\")\""));
        QCOMPARE(CsvWriter::escapeCell(QStringLiteral("plain")), QStringLiteral("plain"));
        QCOMPARE(CsvWriter::formatRecord({QStringLiteral("a,b"), QStringLiteral("c")}),
                 QStringLiteral("\"a,b\",c"));
    }

    void writtenCsvReadsBackAsText() {
        const QStringList cells = {QStringLiteral("=cmd|' /C calc'!A0"), QStringLiteral("x\"y"),
                                   QStringLiteral("line\nbreak")};
        const QString csv = QStringLiteral("h1,h2,h3\n") + CsvWriter::formatRecord(cells) + u'\n';
        const CsvTable table = CsvReader::parse(csv.toUtf8());
        QVERIFY(!table.hasErrors());
        QCOMPARE(table.records[0].fields[0], QStringLiteral("'=cmd|' /C calc'!A0"));
        QCOMPARE(table.records[0].fields[1], cells[1]);
        QCOMPARE(table.records[0].fields[2], cells[2]);
    }
};

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
