#include "CliProcess.h"
#include "DatabaseDump.h"
#include "RawConnection.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

using debrief::test::CliRun;
using debrief::test::RawConnection;
using debrief::test::runCli;

namespace {

constexpr QFileDevice::Permissions kShared =
    QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther;
constexpr QFileDevice::Permissions kSharedFolder =
    kShared | QFile::ExeOwner | QFile::ExeGroup | QFile::ExeOther;

} // namespace

/// Files and folders with candidates' personal data are their owner's
/// alone (issue #12): an existing database that others could read is
/// tightened when Debrief opens it, and so are its -wal/-shm files; the
/// folders Debrief makes for --db and drafts --out are owner-only whatever
/// the umask, and so is a drafts folder that holds nothing but drafts.
/// The real debrief-cli; permission bits, so Unix only.
class TestPrivateFiles : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void anExistingDatabaseIsTightenedWithItsSideFiles();
    void foldersMadeForTheDatabaseAreOwnerOnly();
    void foldersMadeForDraftsAreOwnerOnly();
    void anExistingDraftsFolderIsTightened();
    void aFolderWithOtherFilesIsLeftAndNamed();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
};

void TestPrivateFiles::initTestCase() {
#ifndef Q_OS_UNIX
    QSKIP("Permission bits are a Unix notion; on Windows Debrief relies on the user's profile "
          "folder ACLs and this test has nothing to check.");
#else
    // The umask most systems start users with: group and others may read
    // what is created. Debrief must not rely on a stricter one.
    ::umask(022);
#endif
}

void TestPrivateFiles::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = m_dir->filePath(QStringLiteral("t.sqlite"));
    const CliRun demo = debrief::test::writeDemo(m_db);
    QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
}

void TestPrivateFiles::anExistingDatabaseIsTightenedWithItsSideFiles() {
    // Copied or created by another program with the usual 0644.
    QVERIFY(QFile::setPermissions(m_db, kShared));
    // Another connection keeps the side files in place (SQLite makes them
    // with the database's own mode: 0644 here).
    RawConnection other(m_db);
    QVERIFY(other.scalar(QStringLiteral("SELECT COUNT(*) FROM openings")).isValid());
    QCOMPARE(debrief::test::permissionBits(m_db + QStringLiteral("-wal")), QStringLiteral("644"));
    const QString csv = m_dir->filePath(QStringLiteral("one.csv"));
    {
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Name,Email\nIda Berg,ida.berg@example.com\n");
    }
    const CliRun run = runCli({QStringLiteral("import-candidates"), QStringLiteral("--db"), m_db,
                               QStringLiteral("--opening"), QStringLiteral("1"), csv});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(debrief::test::permissionBits(m_db), QStringLiteral("600"));
    QCOMPARE(debrief::test::permissionBits(m_db + QStringLiteral("-wal")), QStringLiteral("600"));
    QCOMPARE(debrief::test::permissionBits(m_db + QStringLiteral("-shm")), QStringLiteral("600"));
}

void TestPrivateFiles::foldersMadeForTheDatabaseAreOwnerOnly() {
    const QString json = m_dir->filePath(QStringLiteral("opening.json"));
    const CliRun exported =
        runCli({QStringLiteral("export-json"), QStringLiteral("--db"), m_db,
                QStringLiteral("--opening"), QStringLiteral("1"), QStringLiteral("--out"), json});
    QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
    const QString db = m_dir->filePath(QStringLiteral("panel/2026/new.sqlite"));
    const CliRun run = runCli({QStringLiteral("import-json"), QStringLiteral("--db"), db, json});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(debrief::test::permissionBits(m_dir->filePath(QStringLiteral("panel"))),
             QStringLiteral("700"));
    QCOMPARE(debrief::test::permissionBits(m_dir->filePath(QStringLiteral("panel/2026"))),
             QStringLiteral("700"));
    QCOMPARE(debrief::test::permissionBits(db), QStringLiteral("600"));
    // The folder that was there already is not Debrief's to change.
    QCOMPARE(debrief::test::permissionBits(m_dir->path()), QStringLiteral("700"));
}

void TestPrivateFiles::foldersMadeForDraftsAreOwnerOnly() {
    const QString out = m_dir->filePath(QStringLiteral("letters/november"));
    const CliRun run =
        runCli({QStringLiteral("drafts"), QStringLiteral("--db"), m_db, QStringLiteral("--opening"),
                QStringLiteral("1"), QStringLiteral("--out"), out});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(debrief::test::permissionBits(m_dir->filePath(QStringLiteral("letters"))),
             QStringLiteral("700"));
    QCOMPARE(debrief::test::permissionBits(out), QStringLiteral("700"));
}

void TestPrivateFiles::anExistingDraftsFolderIsTightened() {
    const QString out = m_dir->filePath(QStringLiteral("letters"));
    QVERIFY(QDir().mkpath(out));
    QVERIFY(QFile::setPermissions(out, kSharedFolder));
    const CliRun run =
        runCli({QStringLiteral("drafts"), QStringLiteral("--db"), m_db, QStringLiteral("--opening"),
                QStringLiteral("1"), QStringLiteral("--out"), out});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(debrief::test::permissionBits(out), QStringLiteral("700"));
    // Again, now that it holds drafts from the first run.
    QVERIFY(QFile::setPermissions(out, kSharedFolder));
    const CliRun again = runCli({QStringLiteral("drafts"), QStringLiteral("--db"), m_db,
                                 QStringLiteral("--opening"), QStringLiteral("1"),
                                 QStringLiteral("--out"), out, QStringLiteral("--include-held")});
    QVERIFY2(again.exitCode == 0, qPrintable(again.err));
    QCOMPARE(debrief::test::permissionBits(out), QStringLiteral("700"));
}

void TestPrivateFiles::aFolderWithOtherFilesIsLeftAndNamed() {
    // A shared folder such as the Desktop: not Debrief's to lock, so the
    // files go in owner-only and the output says others can see their names.
    const QString out = m_dir->filePath(QStringLiteral("shared"));
    QVERIFY(QDir().mkpath(out));
    QVERIFY(QFile::setPermissions(out, kSharedFolder));
    {
        QFile other(out + QStringLiteral("/notes.txt"));
        QVERIFY(other.open(QIODevice::WriteOnly));
    }
    const CliRun run =
        runCli({QStringLiteral("drafts"), QStringLiteral("--db"), m_db, QStringLiteral("--opening"),
                QStringLiteral("1"), QStringLiteral("--out"), out});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(debrief::test::permissionBits(out), QStringLiteral("755"));
    QVERIFY2(run.err.contains(QStringLiteral("others can list")), qPrintable(run.err));
    for (const QString& name : QDir(out).entryList({QStringLiteral("*.eml")}, QDir::Files))
        QCOMPARE(debrief::test::permissionBits(out + u'/' + name), QStringLiteral("600"));
}

QTEST_GUILESS_MAIN(TestPrivateFiles)
#include "tst_privatefiles.moc"
