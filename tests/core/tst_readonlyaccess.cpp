#include "CliProcess.h"
#include "DatabaseDump.h"
#include "RawConnection.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <grp.h>
#include <unistd.h>
#endif

using namespace debrief;
using debrief::test::CliRun;
using debrief::test::RawConnection;

namespace {

QStringList sideFiles(const QString& db) {
    QStringList found;
    for (const char* suffix : {"-wal", "-shm", "-journal"}) {
        if (QFileInfo::exists(db + QLatin1String(suffix)))
            found.append(QFileInfo(db).fileName() + QLatin1String(suffix));
    }
    return found;
}

bool runningAsRoot() {
#ifdef Q_OS_UNIX
    return ::geteuid() == 0;
#else
    return false;
#endif
}

#ifdef Q_OS_UNIX
// "nobody" on Debian and most Unix systems.
constexpr uid_t kUnprivilegedUser = 65534;
constexpr gid_t kUnprivilegedGroup = 65534;
#endif

/// Gives `folder` and everything in it to the unprivileged user when the
/// test runs as root, so that the commands can run as that user.
bool handOver(const QString& folder) {
#ifdef Q_OS_UNIX
    if (!runningAsRoot())
        return true;
    QStringList paths{folder};
    for (QDirIterator it(folder, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden,
                         QDirIterator::Subdirectories);
         it.hasNext();)
        paths.append(it.next());
    for (const QString& path : paths) {
        if (::chown(QFile::encodeName(path).constData(), kUnprivilegedUser, kUnprivilegedGroup) !=
            0)
            return false;
    }
#else
    Q_UNUSED(folder);
#endif
    return true;
}

/// One run of the real debrief-cli. As root, whom the kernel lets write
/// anywhere, the command runs as the unprivileged user instead, so that a
/// write-protected file or folder is write-protected for it as for a user.
CliRun runCli(const QStringList& args) {
    QProcess process;
#ifdef Q_OS_UNIX
    if (runningAsRoot()) {
        process.setChildProcessModifier([] {
            // In the child between fork and exec: only async-signal-safe calls.
            if (::setgroups(0, nullptr) != 0 || ::setgid(kUnprivilegedGroup) != 0 ||
                ::setuid(kUnprivilegedUser) != 0)
                ::_exit(125);
        });
    }
#endif
    process.start(QStringLiteral(DEBRIEF_CLI), args);
    return debrief::test::finishProgram(process);
}

/// The commands that only read the database, on opening 1 of the demo.
QList<QStringList> readingCommands(const QString& db, const QString& outDir) {
    const QStringList base{QStringLiteral("--db"), db, QStringLiteral("--opening"),
                           QStringLiteral("1")};
    return {
        QStringList{QStringLiteral("export-json")} + base,
        QStringList{QStringLiteral("export-json")} + base +
            QStringList{QStringLiteral("--out"), outDir + QStringLiteral("/opening.json")},
        QStringList{QStringLiteral("compare")} + base,
        QStringList{QStringLiteral("compare")} + base + QStringList{QStringLiteral("--json")},
        QStringList{QStringLiteral("export-scorecards")} + base +
            QStringList{QStringLiteral("--panelist"), QStringLiteral("1"), QStringLiteral("--out"),
                        outDir + QStringLiteral("/cards.json")},
        QStringList{QStringLiteral("report")} + base +
            QStringList{QStringLiteral("--kind"), QStringLiteral("summary"),
                        QStringLiteral("--generated-at"), QStringLiteral("2026-11-20T09:00"),
                        QStringLiteral("--out"), outDir + QStringLiteral("/summary.pdf")},
    };
}

} // namespace

/// Commands that only read (export-json, compare, export-scorecards,
/// report) open the database for reading by design (issue #12): they work
/// on a write-protected file and in a write-protected folder, create no
/// -wal/-shm files, leave the file's bytes as they were, never write a
/// schema into an empty file or upgrade an older one; `--db` naming a
/// folder says so. Runs the real debrief-cli.
///
/// CI runs as root, whom the kernel lets write anywhere: then the temporary
/// folder is given to the unprivileged user "nobody" and the commands run
/// as that user, so that write protection protects.
class TestReadOnlyAccess : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void readingLeavesNoTraceOnAWriteProtectedFile();
    void readingWorksInAWriteProtectedFolder();
    void anEmptyFileStaysEmpty();
    void anOlderSchemaIsNotUpgradedByReading();
    void aFolderIsNotADatabase();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
    QString m_out;
    QString m_lockedFolder;
};

void TestReadOnlyAccess::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = m_dir->filePath(QStringLiteral("t.sqlite"));
    m_out = m_dir->filePath(QStringLiteral("out"));
    QVERIFY(QDir().mkpath(m_out));
    const CliRun demo = test::writeDemo(m_db);
    QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
    QCOMPARE(sideFiles(m_db), QStringList());
    QVERIFY(handOver(m_dir->path()));
}

void TestReadOnlyAccess::cleanup() {
    // QTemporaryDir cannot remove what sits in a folder left read-only.
    if (!m_lockedFolder.isEmpty())
        QFile::setPermissions(m_lockedFolder,
                              QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    m_lockedFolder.clear();
}

void TestReadOnlyAccess::readingLeavesNoTraceOnAWriteProtectedFile() {
    QVERIFY(QFile::setPermissions(m_db, QFile::ReadOwner));
    const QByteArray before = test::fileHash(m_db);
    for (const QStringList& command : readingCommands(m_db, m_out)) {
        const CliRun run = runCli(command);
        QVERIFY2(run.exitCode == 0, qPrintable(command.join(u' ') + u'\n' + run.err));
        QCOMPARE(sideFiles(m_db), QStringList());
        QCOMPARE(test::fileHash(m_db), before);
        // Reading is not a reason to loosen or tighten a write protection.
        QCOMPARE(QFile::permissions(m_db) & ~(QFile::ReadUser | QFile::WriteUser),
                 QFileDevice::ReadOwner);
    }
}

void TestReadOnlyAccess::readingWorksInAWriteProtectedFolder() {
    const QString folder = m_dir->filePath(QStringLiteral("archive"));
    QVERIFY(QDir().mkpath(folder));
    const QString db = folder + QStringLiteral("/t.sqlite");
    QVERIFY(QFile::copy(m_db, db));
    QVERIFY(handOver(folder));
    QVERIFY(QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner));
    m_lockedFolder = folder;
    if (!runningAsRoot()) {
        QFile probe(folder + QStringLiteral("/probe"));
        QVERIFY2(!probe.open(QIODevice::WriteOnly), "the folder should be write-protected");
    }
    const QByteArray before = test::fileHash(db);
    for (const QStringList& command : readingCommands(db, m_out)) {
        const CliRun run = runCli(command);
        QVERIFY2(run.exitCode == 0, qPrintable(command.join(u' ') + u'\n' + run.err));
        QCOMPARE(QDir(folder).entryList(QDir::Files), QStringList{QStringLiteral("t.sqlite")});
        QCOMPARE(test::fileHash(db), before);
    }
}

void TestReadOnlyAccess::anEmptyFileStaysEmpty() {
    const QString empty = m_dir->filePath(QStringLiteral("empty.sqlite"));
    {
        QFile file(empty);
        QVERIFY(file.open(QIODevice::WriteOnly));
    }
    QVERIFY(handOver(empty));
    for (const QStringList& command : readingCommands(empty, m_out)) {
        const CliRun run = runCli(command);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("is empty")), qPrintable(run.err));
        QVERIFY2(run.err.contains(QStringLiteral("not a Debrief database")), qPrintable(run.err));
        QCOMPARE(QFileInfo(empty).size(), 0);
        QCOMPARE(sideFiles(empty), QStringList());
    }
}

void TestReadOnlyAccess::anOlderSchemaIsNotUpgradedByReading() {
    // A file as Debrief wrote it at schema 4, with one opening in it.
    const QString old = m_dir->filePath(QStringLiteral("old.sqlite"));
    QStringList statements = test::schemaUpTo(4);
    statements.append(QStringLiteral("INSERT INTO openings (id, uuid, title, status, created_at) "
                                     "VALUES (1, '0a000000-0000-4000-8000-000000000001', "
                                     "'Backend Engineer', 'open', '2025-01-01T00:00:00.000Z')"));
    QVERIFY(test::runRawSql(old, statements));
    QVERIFY(handOver(old));
    const QByteArray before = test::fileHash(old);
    const CliRun run = runCli({QStringLiteral("export-json"), QStringLiteral("--db"), old,
                               QStringLiteral("--opening"), QStringLiteral("1")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("schema 4")), qPrintable(run.err));
    QVERIFY2(run.err.contains(QStringLiteral("not changed")), qPrintable(run.err));
    QCOMPARE(test::fileHash(old), before);
    RawConnection raw(old);
    QCOMPARE(raw.scalar(QStringLiteral("SELECT MAX(version) FROM schema_version")).toInt(), 4);
}

void TestReadOnlyAccess::aFolderIsNotADatabase() {
    for (const QString& command : {QStringLiteral("export-json"), QStringLiteral("drafts")}) {
        QStringList args{command, QStringLiteral("--db"), m_out, QStringLiteral("--opening"),
                         QStringLiteral("1")};
        if (command == QLatin1String("drafts"))
            args += {QStringLiteral("--out"), m_dir->filePath(QStringLiteral("letters"))};
        const CliRun run = runCli(args);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("is a folder")), qPrintable(run.err));
        QVERIFY2(!run.err.contains(QStringLiteral("disk I/O")), qPrintable(run.err));
    }
    const CliRun imported =
        runCli({QStringLiteral("import-json"), QStringLiteral("--db"), m_out, m_db});
    QCOMPARE(imported.exitCode, 1);
}

QTEST_GUILESS_MAIN(TestReadOnlyAccess)
#include "tst_readonlyaccess.moc"
