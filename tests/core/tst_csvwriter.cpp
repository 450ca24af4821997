// CsvWriter, which every CSV Debrief writes goes through (docs/PRIVACY.md,
// "Spreadsheets"): each cell a spreadsheet would run as a formula comes out
// as text, and reading the file back gives the text with one apostrophe.
#include "csv/CsvReader.h"
#include "csv/CsvWriter.h"

#include <QTest>

using namespace debrief;

class TestCsvWriter : public QObject {
    Q_OBJECT

private slots:
    void formulaCellsAreNeutralised_data();
    void formulaCellsAreNeutralised();
    void otherCellsAreLeftAlone();
};

void TestCsvWriter::formulaCellsAreNeutralised_data() {
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QChar>("delimiter");
    // OWASP "CSV injection": the six characters a spreadsheet starts a
    // formula with, or skips before one.
    for (const QChar delimiter : {QChar(u','), QChar(u';')}) {
        const QByteArray tag = delimiter == u',' ? "comma " : "semicolon ";
        QTest::newRow(QByteArray(tag + "equals").constData())
            << QStringLiteral("=HYPERLINK(\"http://x\",\"y\")") << delimiter;
        QTest::newRow(QByteArray(tag + "plus").constData())
            << QStringLiteral("+cmd|' /C calc'!A0") << delimiter;
        QTest::newRow(QByteArray(tag + "minus").constData()) << QStringLiteral("-2+3") << delimiter;
        QTest::newRow(QByteArray(tag + "at").constData())
            << QStringLiteral("@SUM(A1:A9)") << delimiter;
        QTest::newRow(QByteArray(tag + "tab").constData()) << QStringLiteral("\t=1+1") << delimiter;
        QTest::newRow(QByteArray(tag + "carriage return").constData())
            << QStringLiteral("\r=1+1") << delimiter;
        QTest::newRow(QByteArray(tag + "with delimiter and quote").constData())
            << QStringLiteral("=A1%1\"B\"").arg(delimiter) << delimiter;
    }
}

void TestCsvWriter::formulaCellsAreNeutralised() {
    QFETCH(QString, cell);
    QFETCH(QChar, delimiter);
    QVERIFY(CsvWriter::looksLikeFormula(cell));
    const QString escaped = CsvWriter::escapeCell(cell, delimiter);
    // The written cell never starts a formula, quoted or not.
    const QString opening = escaped.startsWith(u'"') ? escaped.mid(1) : escaped;
    QCOMPARE(opening.front(), QLatin1Char('\''));
    // Read back, the value is the cell as text: an apostrophe in front.
    const QString file = QStringLiteral("name%1note\n").arg(delimiter) +
                         CsvWriter::formatRecord({cell, QStringLiteral("x")}, delimiter) + u'\n';
    CsvReader::Options options;
    options.delimiter = delimiter;
    const CsvTable table = CsvReader::parse(file.toUtf8(), options);
    QCOMPARE(table.records.size(), 1);
    QCOMPARE(table.records.constFirst().fields,
             (QStringList{QLatin1Char('\'') + cell, QStringLiteral("x")}));
}

void TestCsvWriter::otherCellsAreLeftAlone() {
    for (const QString& cell : {QStringLiteral("Ana Lima"), QStringLiteral("a=b"),
                                QStringLiteral("2026-10-27"), QString()}) {
        QVERIFY2(!CsvWriter::looksLikeFormula(cell), qPrintable(cell));
        QCOMPARE(CsvWriter::escapeCell(cell), cell);
    }
}

QTEST_GUILESS_MAIN(TestCsvWriter)
#include "tst_csvwriter.moc"
