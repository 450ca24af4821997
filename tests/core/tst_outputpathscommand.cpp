#include "CliProcess.h"
#include "DatabaseDump.h"
#include "RawConnection.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

using debrief::test::CliRun;
using debrief::test::RawConnection;
using debrief::test::runCli;

namespace {} // namespace

/// Every debrief-cli command that writes a file, pointed at the database it
/// reads (by its own name, a side file's name, a symbolic link or a hard
/// link): it refuses, says so, and the database is unchanged. The real
/// binary on a demo database (issue #12: `export-json --out t.sqlite`
/// replaced the database with JSON and exited 0).
class TestOutputPathsCommand : public QObject {
    Q_OBJECT

private slots:
    void init();
    void outputOntoTheDatabaseIsRefused_data();
    void outputOntoTheDatabaseIsRefused();
    void draftsFolderIsNotTheDatabase();
    void demoKeepsARealPanelDatabase();
    void demoReplacesAnEarlierDemo();

private:
    QString path(const QString& name) const { return m_dir->filePath(name); }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
};

void TestOutputPathsCommand::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = path(QStringLiteral("t.sqlite"));
    const CliRun demo = debrief::test::writeDemo(m_db);
    QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
}

void TestOutputPathsCommand::outputOntoTheDatabaseIsRefused_data() {
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("target");
    const QStringList exportJson{QStringLiteral("export-json"), QStringLiteral("--opening"),
                                 QStringLiteral("1"), QStringLiteral("--out")};
    const QStringList report{QStringLiteral("report"),
                             QStringLiteral("--opening"),
                             QStringLiteral("1"),
                             QStringLiteral("--kind"),
                             QStringLiteral("summary"),
                             QStringLiteral("--generated-at"),
                             QStringLiteral("2026-11-20T09:00"),
                             QStringLiteral("--out")};
    const QStringList scorecards{
        QStringLiteral("export-scorecards"), QStringLiteral("--opening"), QStringLiteral("1"),
        QStringLiteral("--panelist"),        QStringLiteral("1"),         QStringLiteral("--out")};
    const QStringList ics{QStringLiteral("schedule"), QStringLiteral("--interview"),
                          QStringLiteral("1"), QStringLiteral("--ics")};
    // "t.sqlite" is replaced by the database's path, "link" by a symbolic
    // link to it, "hard" by a hard link to it.
    QTest::newRow("export-json, same name") << exportJson << QStringLiteral("t.sqlite");
    QTest::newRow("export-json, -wal") << exportJson << QStringLiteral("t.sqlite-wal");
    QTest::newRow("export-json, -shm") << exportJson << QStringLiteral("t.sqlite-shm");
    QTest::newRow("export-json, -journal") << exportJson << QStringLiteral("t.sqlite-journal");
    QTest::newRow("export-json, another spelling")
        << exportJson << QStringLiteral("./sub/../t.sqlite");
    QTest::newRow("export-json, symbolic link") << exportJson << QStringLiteral("link");
    QTest::newRow("export-json, hard link") << exportJson << QStringLiteral("hard");
    QTest::newRow("report") << report << QStringLiteral("t.sqlite");
    QTest::newRow("report, symbolic link") << report << QStringLiteral("link");
    QTest::newRow("export-scorecards") << scorecards << QStringLiteral("t.sqlite");
    QTest::newRow("export-scorecards, hard link") << scorecards << QStringLiteral("hard");
    QTest::newRow("schedule --ics") << ics << QStringLiteral("t.sqlite");
    QTest::newRow("schedule --ics, -wal") << ics << QStringLiteral("t.sqlite-wal");
}

void TestOutputPathsCommand::outputOntoTheDatabaseIsRefused() {
    QFETCH(QStringList, args);
    QFETCH(QString, target);
    QVERIFY(QDir(m_dir->path()).mkdir(QStringLiteral("sub")));
    QString out = path(target);
    if (target == QLatin1String("link")) {
        QVERIFY(QFile::link(m_db, out));
    } else if (target == QLatin1String("hard")) {
#ifdef Q_OS_UNIX
        QVERIFY(::link(QFile::encodeName(m_db).constData(), QFile::encodeName(out).constData()) ==
                0);
#else
        QSKIP("Hard links are made here with POSIX link(); this platform has no such call.");
#endif
    }
    const QByteArray before = debrief::test::fileHash(m_db);
    // The command runs from the database's folder, as a user would type it.
    args.insert(1, QStringLiteral("--db"));
    args.insert(2, m_db);
    args.append(out);
    const CliRun run = runCli(args);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("is the database")) ||
                 run.err.contains(QStringLiteral("database's own")),
             qPrintable(run.err));
    QVERIFY2(run.err.contains(m_db), qPrintable(run.err));
    QCOMPARE(debrief::test::fileHash(m_db), before);
    RawConnection db(m_db);
    QCOMPARE(db.scalar(QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
    QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM openings")).toInt(), 6);
}

void TestOutputPathsCommand::draftsFolderIsNotTheDatabase() {
    const QByteArray before = debrief::test::fileHash(m_db);
    const CliRun run =
        runCli({QStringLiteral("drafts"), QStringLiteral("--db"), m_db, QStringLiteral("--opening"),
                QStringLiteral("1"), QStringLiteral("--out"), m_db});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("is the database")), qPrintable(run.err));
    QCOMPARE(debrief::test::fileHash(m_db), before);
}

void TestOutputPathsCommand::demoKeepsARealPanelDatabase() {
    // A panel's own database: someone at a real address (not an RFC 2606
    // example domain) is in it, so it holds personal data.
    {
        RawConnection db(m_db);
        QVERIFY(db.exec(QStringLiteral("UPDATE candidates SET email = 'ana.lima@posteo.de' "
                                       "WHERE id = 1")));
    }
    const QByteArray before = debrief::test::fileHash(m_db);
    const CliRun run =
        runCli({QStringLiteral("demo"), QStringLiteral("--out"), m_db, QStringLiteral("--force")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("not a demo")), qPrintable(run.err));
    QCOMPARE(debrief::test::fileHash(m_db), before);
}

void TestOutputPathsCommand::demoReplacesAnEarlierDemo() {
    const CliRun run =
        runCli({QStringLiteral("demo"), QStringLiteral("--out"), m_db, QStringLiteral("--seed"),
                QStringLiteral("2"), QStringLiteral("--force")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
}

QTEST_GUILESS_MAIN(TestOutputPathsCommand)
#include "tst_outputpathscommand.moc"
