#include "CliProcess.h"
#include "RawConnection.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using debrief::test::CliRun;
using debrief::test::RawConnection;
using debrief::test::runCli;

namespace {

/// True when `text` holds a control character other than a line break or
/// a tab: what could move the cursor, recolour or retitle a terminal.
bool hasControlCharacters(const QString& text) {
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if ((u < 0x20 && u != u'\n' && u != u'\t') || (u >= 0x7F && u <= 0x9F))
            return true;
    }
    return false;
}

} // namespace

/// What debrief-cli says (issue #12): a record that does not exist is
/// named with the file it is missing from, before anything is done; output
/// names ids, counts, files, lines and columns, never a candidate's name or
/// address; data
/// printed to a terminal has its control characters neutralised; file
/// names made from long names stay within the file system's limit. The
/// real binary on a demo database.
class TestCliOutput : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void missingRecordsNameTheFile_data();
    void missingRecordsNameTheFile();
    void draftsNameNoAddress();
    void csvErrorsQuoteNoCell();
    void scorecardConflictsNameNoCandidate();
    void importedTitlesCannotControlTheTerminal();
    void longNamesMakeShortFileNames();

private:
    QString copyOfDemo(const QString& name) const;

    QTemporaryDir m_dir;
    QString m_demo;
};

void TestCliOutput::initTestCase() {
    QVERIFY(m_dir.isValid());
    m_demo = m_dir.filePath(QStringLiteral("demo.sqlite"));
    const CliRun demo = debrief::test::writeDemo(m_demo);
    QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
}

QString TestCliOutput::copyOfDemo(const QString& name) const {
    const QString path = m_dir.filePath(name);
    QFile::remove(path);
    return QFile::copy(m_demo, path) ? path : QString();
}

void TestCliOutput::missingRecordsNameTheFile_data() {
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    const QString csv = m_dir.filePath(QStringLiteral("one.csv"));
    QFile file(csv);
    if (file.open(QIODevice::WriteOnly))
        file.write("Name,Email\nIda Berg,ida.berg@example.com\n");
    const QString out = m_dir.filePath(QStringLiteral("out"));
    const auto opening = [](const char* id) {
        return QStringList{QStringLiteral("--opening"), QString::fromLatin1(id)};
    };
    QTest::newRow("import-candidates --opening")
        << QStringList{QStringLiteral("import-candidates")} + opening("999") + QStringList{csv}
        << QStringLiteral("There is no opening 999 in %1.");
    QTest::newRow("compare --opening") << QStringList{QStringLiteral("compare")} + opening("999")
                                       << QStringLiteral("There is no opening 999 in %1.");
    QTest::newRow("compare --as") << QStringList{QStringLiteral("compare")} + opening("1") +
                                         QStringList{QStringLiteral("--as"), QStringLiteral("999")}
                                  << QStringLiteral("There is no panelist 999 in %1.");
    QTest::newRow("drafts --opening")
        << QStringList{QStringLiteral("drafts")} + opening("999") +
               QStringList{QStringLiteral("--out"), out + QStringLiteral("/drafts")}
        << QStringLiteral("There is no opening 999 in %1.");
    QTest::newRow("export-json --opening")
        << QStringList{QStringLiteral("export-json")} + opening("999")
        << QStringLiteral("There is no opening 999 in %1.");
    QTest::newRow("export-scorecards --opening")
        << QStringList{QStringLiteral("export-scorecards")} + opening("999") +
               QStringList{QStringLiteral("--panelist"), QStringLiteral("1"),
                           QStringLiteral("--out"), out + QStringLiteral("/a.json")}
        << QStringLiteral("There is no opening 999 in %1.");
    QTest::newRow("export-scorecards --panelist")
        << QStringList{QStringLiteral("export-scorecards")} + opening("1") +
               QStringList{QStringLiteral("--panelist"), QStringLiteral("999"),
                           QStringLiteral("--out"), out + QStringLiteral("/b.json")}
        << QStringLiteral("There is no panelist 999 in %1.");
    QTest::newRow("report --opening")
        << QStringList{QStringLiteral("report")} + opening("999") +
               QStringList{QStringLiteral("--kind"), QStringLiteral("summary"),
                           QStringLiteral("--out"), out + QStringLiteral("/s.pdf")}
        << QStringLiteral("There is no opening 999 in %1.");
    QTest::newRow("report --candidate")
        << QStringList{QStringLiteral("report")} + opening("1") +
               QStringList{QStringLiteral("--kind"),      QStringLiteral("packet"),
                           QStringLiteral("--candidate"), QStringLiteral("9999"),
                           QStringLiteral("--out"),       out + QStringLiteral("/p.pdf")}
        << QStringLiteral("There is no candidate 9999 in %1.");
    QTest::newRow("schedule --application")
        << QStringList{QStringLiteral("schedule"), QStringLiteral("--application"),
                       QStringLiteral("9999"), QStringLiteral("--at"),
                       QStringLiteral("2026-12-01 10:00")}
        << QStringLiteral("There is no application 9999 in %1.");
    QTest::newRow("schedule --interview")
        << QStringList{QStringLiteral("schedule"), QStringLiteral("--interview"),
                       QStringLiteral("9999"), QStringLiteral("--ics"),
                       out + QStringLiteral("/i.ics")}
        << QStringLiteral("There is no interview 9999 in %1.");
    QTest::newRow("schedule --panelist") << QStringList{QStringLiteral("schedule"),
                                                        QStringLiteral("--application"),
                                                        QStringLiteral("1"),
                                                        QStringLiteral("--at"),
                                                        QStringLiteral("2026-12-01 10:00"),
                                                        QStringLiteral("--panelist"),
                                                        QStringLiteral("999")}
                                         << QStringLiteral("There is no panelist 999 in %1.");
}

void TestCliOutput::missingRecordsNameTheFile() {
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const QString db = copyOfDemo(QStringLiteral("missing.sqlite"));
    QVERIFY(!db.isEmpty());
    RawConnection before(db);
    const int rows = before
                         .scalar(QStringLiteral("SELECT (SELECT COUNT(*) FROM candidates) + "
                                                "(SELECT COUNT(*) FROM interviews) + "
                                                "(SELECT COUNT(*) FROM rejection_drafts)"))
                         .toInt();
    args.insert(1, QStringLiteral("--db"));
    args.insert(2, db);
    const CliRun run = runCli(args);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(message.arg(db)), qPrintable(run.err));
    QVERIFY2(!run.err.contains(QStringLiteral("FOREIGN KEY")), qPrintable(run.err));
    QCOMPARE(before
                 .scalar(QStringLiteral("SELECT (SELECT COUNT(*) FROM candidates) + "
                                        "(SELECT COUNT(*) FROM interviews) + "
                                        "(SELECT COUNT(*) FROM rejection_drafts)"))
                 .toInt(),
             rows);
}

void TestCliOutput::draftsNameNoAddress() {
    const QString db = copyOfDemo(QStringLiteral("drafts.sqlite"));
    {
        RawConnection raw(db);
        // Two rejected candidates of opening 1: one with a header injection
        // in the address, one whose name would recolour the terminal.
        QVERIFY(raw.exec(QStringLiteral(
            "UPDATE candidates SET email = 'evil.sender@example.org' || char(13) || char(10) || "
            "'Bcc: everyone@example.org' WHERE id = (SELECT candidate_id FROM applications "
            "WHERE opening_id = 1 AND stage = 'rejected' ORDER BY id LIMIT 1)")));
        QVERIFY(raw.exec(QStringLiteral(
            "UPDATE candidates SET full_name = 'Ana ' || char(27) || '[31mRed' WHERE id = "
            "(SELECT candidate_id FROM applications WHERE opening_id = 1 AND stage = 'rejected' "
            "ORDER BY id LIMIT 1 OFFSET 1)")));
    }
    const CliRun run = runCli({QStringLiteral("drafts"), QStringLiteral("--db"), db,
                               QStringLiteral("--opening"), QStringLiteral("1"),
                               QStringLiteral("--out"), m_dir.filePath(QStringLiteral("letters"))});
    // The bad address cannot become an e-mail: reported by application id.
    QCOMPARE(run.exitCode, 1);
    const QString all = run.out + run.err;
    QVERIFY2(all.contains(QStringLiteral("Application ")), qPrintable(all));
    QVERIFY2(!all.contains(QStringLiteral("evil.sender")), qPrintable(all));
    QVERIFY2(!all.contains(QStringLiteral("everyone@")), qPrintable(all));
    QVERIFY2(!hasControlCharacters(all), all.toUtf8().toPercentEncoding(" \n/.-:()").constData());
}

void TestCliOutput::csvErrorsQuoteNoCell() {
    // A careers-page export without a header row: its first candidate is
    // where the column names should be. On main before issue #12 the error
    // listed "the file's columns" as that candidate's name and address.
    const QString csv = m_dir.filePath(QStringLiteral("no-header.csv"));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("Ana Quellmalz,ana.quellmalz@example.org,+49 30 1234567\n"
               "Bo Lindqvist,bo.lindqvist@example.org,+46 8 765432\n");
    file.close();
    const QString db = copyOfDemo(QStringLiteral("csv.sqlite"));
    const CliRun run = runCli({QStringLiteral("import-candidates"), QStringLiteral("--db"), db,
                               QStringLiteral("--opening"), QStringLiteral("1"), csv});
    QCOMPARE(run.exitCode, 1);
    const QString all = run.out + run.err;
    for (const char* personal : {"Quellmalz", "ana.quellmalz", "1234567", "Lindqvist"})
        QVERIFY2(!all.contains(QLatin1String(personal)), qPrintable(all));
    // Where to look instead: the columns by number, and why.
    QVERIFY2(all.contains(QStringLiteral("column 1, column 2, column 3")), qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("header row")), qPrintable(all));
}

void TestCliOutput::scorecardConflictsNameNoCandidate() {
    const QString db = copyOfDemo(QStringLiteral("cards.sqlite"));
    RawConnection raw(db);
    // A panelist with submitted cards in opening 1, and one of those cards.
    const QVariant panelist = raw.scalar(QStringLiteral(
        "SELECT s.panelist_id FROM scorecards s JOIN interviews i ON i.id = s.interview_id JOIN "
        "applications a ON a.id = i.application_id WHERE a.opening_id = 1 AND s.status = "
        "'submitted' ORDER BY s.id LIMIT 1"));
    QVERIFY(panelist.isValid());
    const QString cards = m_dir.filePath(QStringLiteral("cards.json"));
    const CliRun exported =
        runCli({QStringLiteral("export-scorecards"), QStringLiteral("--db"), db,
                QStringLiteral("--opening"), QStringLiteral("1"), QStringLiteral("--panelist"),
                panelist.toString(), QStringLiteral("--out"), cards});
    QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
    const QString name =
        raw.scalar(QStringLiteral("SELECT c.full_name FROM scorecards s JOIN interviews i "
                                  "ON i.id = s.interview_id JOIN applications a ON a.id = "
                                  "i.application_id JOIN candidates c ON c.id = "
                                  "a.candidate_id WHERE a.opening_id = 1 AND s.status = "
                                  "'submitted' AND s.panelist_id = %1 ORDER BY s.id LIMIT 1")
                       .arg(panelist.toLongLong()))
            .toString();
    QVERIFY(!name.isEmpty());
    // The stored card changes after the file was written: a conflict.
    QVERIFY(raw.exec(QStringLiteral("UPDATE scorecards SET key_takeaways = key_takeaways || ' "
                                    "(edited)' WHERE panelist_id = %1 AND status = 'submitted'")
                         .arg(panelist.toLongLong())));
    const CliRun run =
        runCli({QStringLiteral("import-scorecards"), QStringLiteral("--db"), db, cards});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("conflict")), qPrintable(run.err));
    QVERIFY2(run.err.contains(QStringLiteral("interview ")), qPrintable(run.err));
    QVERIFY2(!run.err.contains(name), qPrintable(run.err));
    QVERIFY2(!run.out.contains(name), qPrintable(run.out));
}

void TestCliOutput::importedTitlesCannotControlTheTerminal() {
    const QString json = m_dir.filePath(QStringLiteral("opening.json"));
    const CliRun exported =
        runCli({QStringLiteral("export-json"), QStringLiteral("--db"), m_demo,
                QStringLiteral("--opening"), QStringLiteral("2"), QStringLiteral("--out"), json});
    QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
    QFile file(json);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QByteArray text = file.readAll();
    file.close();
    // An OSC sequence that retitles the window, a bell, a screen clear, a CSI
    // introducer as one C1 character, and a carriage return that would
    // overwrite the line.
    const QByteArray title = "\"title\": \"";
    const qsizetype at = text.indexOf(title);
    QVERIFY(at >= 0);
    text.insert(at + title.size(), "\\u001b]0;owned\\u0007\\u001b[2J\\u009b31mRed\\rOverwritten ");
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(text);
    file.close();
    const CliRun run = runCli({QStringLiteral("import-json"), QStringLiteral("--db"),
                               m_dir.filePath(QStringLiteral("imported.sqlite")), json});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains(QStringLiteral("Imported opening")), qPrintable(run.out));
    QVERIFY2(!hasControlCharacters(run.out + run.err),
             (run.out + run.err).toUtf8().toPercentEncoding(" \n/.-:()").constData());
}

void TestCliOutput::longNamesMakeShortFileNames() {
    const QString db = copyOfDemo(QStringLiteral("long.sqlite"));
    {
        RawConnection raw(db);
        const QString rejected =
            QStringLiteral("(SELECT candidate_id FROM applications WHERE opening_id = 1 AND stage "
                           "= 'rejected' ORDER BY id LIMIT 1 OFFSET %1)");
        // 300 letters; 300 letters with accents (two bytes each in UTF-8);
        // 300 letters of a script an ASCII name cannot keep.
        const QStringList names{QString(300, u'x'), QString(300, QChar(0x00C4)),
                                QString(300, QChar(0x5F20))};
        for (int i = 0; i < names.size(); ++i) {
            QVERIFY(raw.exec(QStringLiteral("UPDATE candidates SET full_name = '%1' WHERE id = %2")
                                 .arg(names.at(i), rejected.arg(i))));
        }
    }
    const QString out = m_dir.filePath(QStringLiteral("long-letters"));
    const CliRun run =
        runCli({QStringLiteral("drafts"), QStringLiteral("--db"), db, QStringLiteral("--opening"),
                QStringLiteral("1"), QStringLiteral("--out"), out});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QStringList files = QDir(out).entryList(QDir::Files);
    QVERIFY(files.size() >= 3);
    for (const QString& file : files) {
        QVERIFY2(QFile::encodeName(file).size() < 255, qPrintable(file));
        QVERIFY(file.endsWith(QStringLiteral(".eml")));
        QVERIFY(!file.contains(u'/') && !file.contains(u'\\'));
        QVERIFY(!hasControlCharacters(file));
    }
}

QTEST_GUILESS_MAIN(TestCliOutput)
#include "tst_clioutput.moc"
