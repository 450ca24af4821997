#include "csv/CandidateColumnMapping.h"
#include "csv/CsvIssueText.h"
#include "csv/CsvReader.h"
#include "csv/CsvWriter.h"

#include <QFile>
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
