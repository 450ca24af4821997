#include "CliProcess.h"
#include "RawConnection.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using debrief::test::CliRun;
using debrief::test::RawConnection;
using debrief::test::runCli;

namespace {

/// `rows` candidates with distinct addresses, as a careers page exports them.
QByteArray applicantsCsv(int rows) {
    QByteArray csv = "Name,Email\n";
    for (int i = 1; i <= rows; ++i)
        csv += "Applicant " + QByteArray::number(i) + ",applicant" + QByteArray::number(i) +
               "@example.org\n";
    return csv;
}

bool writeFile(const QString& path, const QByteArray& bytes) {
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

void start(QProcess& process, const QStringList& args) {
    process.start(QStringLiteral(DEBRIEF_CLI), args);
}

/// The document with every uuid replaced by a new one (consistently), so
/// that it imports as another opening with other people.
QByteArray withFreshUuids(const QByteArray& json) {
    static const QRegularExpression uuid(
        QStringLiteral("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"));
    QString text = QString::fromUtf8(json);
    QHash<QString, QString> fresh;
    QString out;
    qsizetype last = 0;
    for (auto it = uuid.globalMatch(text); it.hasNext();) {
        const auto match = it.next();
        QString& replacement = fresh[match.captured()];
        if (replacement.isEmpty())
            replacement = QUuid::createUuid().toString(QUuid::WithoutBraces);
        out += text.mid(last, match.capturedStart() - last) + replacement;
        last = match.capturedEnd();
    }
    out += text.mid(last);
    return out.toUtf8();
}

/// The sum of "Imported N candidate(s)." over both runs' output.
int importedIn(const QString& out) {
    static const QRegularExpression imported(QStringLiteral("Imported (\\d+) candidate"));
    const auto match = imported.match(out);
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

} // namespace

/// Two Debrief processes, or Debrief and another program, writing one
/// SQLite file at the same time (issue #12). Real debrief-cli processes
/// against a demo database; the other writer is a plain SQLite connection
/// holding a write transaction. Every transaction that writes starts as a
/// writer (BEGIN IMMEDIATE), so it waits for the busy timeout instead of
/// failing at once, and the duplicate check runs inside it.
class TestStorageLocking : public QObject {
    Q_OBJECT

private slots:
    void init();
    void twoImportsOfOneFileAddEachCandidateOnce();
    void commandsWaitForAnotherWriter_data();
    void commandsWaitForAnotherWriter();
    void aWriterThatStaysSaysTheDatabaseIsBusy_data();
    void aWriterThatStaysSaysTheDatabaseIsBusy();

private:
    QStringList commandFor(const QString& name) const;
    int count(const QString& sql) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
    QString m_csv;
    QString m_json;
};

void TestStorageLocking::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = m_dir->filePath(QStringLiteral("t.sqlite"));
    const CliRun demo = debrief::test::writeDemo(m_db);
    QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
    m_csv = m_dir->filePath(QStringLiteral("applicants.csv"));
    QVERIFY(writeFile(m_csv, applicantsCsv(3000)));
    m_json = m_dir->filePath(QStringLiteral("opening.json"));
    const CliRun exported =
        runCli({QStringLiteral("export-json"), QStringLiteral("--db"), m_db,
                QStringLiteral("--opening"), QStringLiteral("2"), QStringLiteral("--out"), m_json});
    QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
    // import-json reads it back into an empty opening's place: a second
    // copy of the same uuids would be refused, so the other openings stay
    // and a new copy of the document gets fresh uuids.
    QFile file(m_json);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QByteArray json = file.readAll();
    file.close();
    QVERIFY(writeFile(m_json, withFreshUuids(json)));
}

int TestStorageLocking::count(const QString& sql) const {
    RawConnection db(m_db);
    const QVariant value = db.scalar(sql);
    return value.isValid() ? value.toInt() : -1;
}

QStringList TestStorageLocking::commandFor(const QString& name) const {
    if (name == QLatin1String("import-candidates"))
        return {
            name, QStringLiteral("--db"), m_db, QStringLiteral("--opening"), QStringLiteral("2"),
            m_csv};
    if (name == QLatin1String("import-json"))
        return {name, QStringLiteral("--db"), m_db, m_json};
    return {name,
            QStringLiteral("--db"),
            m_db,
            QStringLiteral("--opening"),
            QStringLiteral("1"),
            QStringLiteral("--out"),
            m_dir->filePath(QStringLiteral("letters"))};
}

void TestStorageLocking::twoImportsOfOneFileAddEachCandidateOnce() {
    const int before = count(QStringLiteral("SELECT COUNT(*) FROM candidates"));
    QProcess first;
    QProcess second;
    start(first, commandFor(QStringLiteral("import-candidates")));
    start(second, commandFor(QStringLiteral("import-candidates")));
    const CliRun a = debrief::test::finishProgram(first);
    const CliRun b = debrief::test::finishProgram(second);
    QVERIFY2(a.exitCode == 0, qPrintable(a.err));
    QVERIFY2(b.exitCode == 0, qPrintable(b.err));
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM candidates")), before + 3000);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM applications a JOIN candidates c ON "
                                  "c.id = a.candidate_id WHERE a.opening_id = 2 AND c.email "
                                  "LIKE 'applicant%'")),
             3000);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM (SELECT lower(email) FROM candidates "
                                  "GROUP BY lower(email) HAVING COUNT(*) > 1)")),
             0);
    // One of them wrote everything; the other found every row already there.
    QCOMPARE(importedIn(a.out) + importedIn(b.out), 3000);
    const QString later = importedIn(a.out) == 0 ? a.out : b.out;
    QVERIFY2(later.contains(QStringLiteral("Skipped 3000 duplicates")), qPrintable(later));
}

void TestStorageLocking::commandsWaitForAnotherWriter_data() {
    QTest::addColumn<QString>("command");
    QTest::newRow("import-candidates") << QStringLiteral("import-candidates");
    QTest::newRow("import-json") << QStringLiteral("import-json");
    QTest::newRow("drafts") << QStringLiteral("drafts");
}

void TestStorageLocking::commandsWaitForAnotherWriter() {
    QFETCH(QString, command);
    RawConnection other(m_db);
    QVERIFY(other.holdWriteLock());
    QProcess cli;
    start(cli, commandFor(command));
    QVERIFY(cli.waitForStarted());
    // Another program writes for a moment well inside the busy timeout…
    QTest::qWait(1500);
    QVERIFY(other.release());
    // …and the command waited for it instead of giving up.
    const CliRun run = debrief::test::finishProgram(cli);
    QVERIFY2(run.exitCode == 0,
             qPrintable(QString::number(run.exitCode) + u' ' + run.err + run.out));
    QVERIFY2(!run.err.contains(QStringLiteral("locked")), qPrintable(run.err));
}

void TestStorageLocking::aWriterThatStaysSaysTheDatabaseIsBusy_data() {
    commandsWaitForAnotherWriter_data();
}

void TestStorageLocking::aWriterThatStaysSaysTheDatabaseIsBusy() {
    QFETCH(QString, command);
    const int candidates = count(QStringLiteral("SELECT COUNT(*) FROM candidates"));
    const int openings = count(QStringLiteral("SELECT COUNT(*) FROM openings"));
    const int logged = count(QStringLiteral("SELECT COUNT(*) FROM communications"));
    RawConnection other(m_db);
    QVERIFY(other.holdWriteLock());
    QProcess cli;
    start(cli, commandFor(command));
    // The lock is held until the command has given up, however long it waits.
    const CliRun run = debrief::test::finishProgram(cli);
    QVERIFY(other.release());
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("busy")), qPrintable(run.err));
    QVERIFY2(run.err.contains(QStringLiteral("another")), qPrintable(run.err));
    QVERIFY2(run.err.contains(m_db), qPrintable(run.err));
    // The user's file is not to blame.
    QVERIFY2(!run.err.contains(QStringLiteral("Line ")), qPrintable(run.err));
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM candidates")), candidates);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM openings")), openings);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM communications")), logged);
}

QTEST_GUILESS_MAIN(TestStorageLocking)
#include "tst_storagelocking.moc"
