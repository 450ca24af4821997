#include "DatabaseDump.h"

#include "files/OutputPaths.h"
#include "files/OwnerOnly.h"
#include "files/SafeFileName.h"
#include "storage/Database.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#include <unistd.h>
#endif

using namespace debrief;

namespace {

bool touch(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::WriteOnly);
}

} // namespace

/// lib/core/files: where outputs may go (OutputPaths), owner-only files and
/// folders (OwnerOnly) and file names from data (SafeFileName), on real
/// files in a temporary folder.
class TestFiles : public QObject {
    Q_OBJECT

private slots:
    void init();
    void outputsAreComparedAsFiles();
    void anOpenDatabaseIsRefusedWithoutBeingNamed();
    void ownerOnlyFoldersAtEveryLevel();
    void tighteningKeepsWhatTheOwnerHad();
    void safeFileNames_data();
    void safeFileNames();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString path(const QString& name) const { return m_dir->filePath(name); }
};

void TestFiles::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
#ifdef Q_OS_UNIX
    ::umask(022);
#endif
}

void TestFiles::outputsAreComparedAsFiles() {
    const QString db = path(QStringLiteral("t.sqlite"));
    QVERIFY(touch(db));
    QVERIFY(QDir(m_dir->path()).mkdir(QStringLiteral("sub")));
    // The same file by other names.
    QVERIFY(OutputPaths::sameFile(db, path(QStringLiteral("sub/../t.sqlite"))));
    QVERIFY(QFile::link(db, path(QStringLiteral("link"))));
    QVERIFY(OutputPaths::sameFile(path(QStringLiteral("link")), db));
    // A dangling link to a side file that is not there yet still lands on it.
    QVERIFY(QFile::link(db + QStringLiteral("-wal"), path(QStringLiteral("wal-link"))));
    QVERIFY(!OutputPaths::check(path(QStringLiteral("wal-link")), db));
#ifdef Q_OS_UNIX
    QCOMPARE(::link(QFile::encodeName(db).constData(),
                    QFile::encodeName(path(QStringLiteral("hard"))).constData()),
             0);
    QVERIFY(OutputPaths::sameFile(path(QStringLiteral("hard")), db));
#endif
    // Other files, existing or not, are other files.
    QVERIFY(touch(path(QStringLiteral("other.json"))));
    QVERIFY(!OutputPaths::sameFile(path(QStringLiteral("other.json")), db));
    QVERIFY(OutputPaths::check(path(QStringLiteral("other.json")), db));
    QVERIFY(OutputPaths::check(path(QStringLiteral("new.json")), db));
    QVERIFY(OutputPaths::check(path(QStringLiteral("t.sqlite.json")), db));
    // The database and each side file, with both paths in the message.
    for (const QString& file : OutputPaths::databaseFiles(db)) {
        const Status refused = OutputPaths::check(file, db);
        QVERIFY2(!refused, qPrintable(file));
        QVERIFY(refused.errorMessage().contains(QDir::toNativeSeparators(db)));
        QVERIFY(refused.errorMessage().contains(QDir::toNativeSeparators(file)));
    }
}

void TestFiles::anOpenDatabaseIsRefusedWithoutBeingNamed() {
    const QString db = path(QStringLiteral("panel.sqlite"));
    const QString out = path(QStringLiteral("out.json"));
    {
        auto opened = Database::openSqlite(db);
        QVERIFY2(opened, qPrintable(opened.errorMessage()));
        QVERIFY(!OutputPaths::check(db));
        QVERIFY(!OutputPaths::check(db + QStringLiteral("-shm")));
        QVERIFY(OutputPaths::check(out));
        // Two connections to one file: closing one keeps the other's guard.
        auto second = Database::openSqlite(db, Database::OpenMode::MustExist);
        QVERIFY(second);
        second->reset();
        QVERIFY(!OutputPaths::check(db));
    }
    // Closed: no longer an open database (a command names it explicitly).
    QVERIFY(OutputPaths::check(db));
    QVERIFY(!OutputPaths::check(db, db));
}

void TestFiles::ownerOnlyFoldersAtEveryLevel() {
#ifndef Q_OS_UNIX
    QSKIP("Permission bits are a Unix notion; on Windows OwnerOnly leaves the profile's ACL.");
#else
    const QString deep = path(QStringLiteral("a/b/c"));
    QVERIFY(OwnerOnly::makeFolders(deep));
    for (const char* level : {"a", "a/b", "a/b/c"})
        QCOMPARE(test::permissionBits(path(QString::fromLatin1(level))), QStringLiteral("700"));
    // An existing folder is not Debrief's to change.
    QVERIFY(QFile::setPermissions(path(QStringLiteral("a")),
                                  QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                      QFile::ReadOther | QFile::ExeOther));
    QVERIFY(OwnerOnly::makeFolders(path(QStringLiteral("a/d"))));
    QCOMPARE(test::permissionBits(path(QStringLiteral("a"))), QStringLiteral("705"));
    QCOMPARE(test::permissionBits(path(QStringLiteral("a/d"))), QStringLiteral("700"));
    // A file in the way is named.
    QVERIFY(touch(path(QStringLiteral("file"))));
    const Status blocked = OwnerOnly::makeFolders(path(QStringLiteral("file/x")));
    QVERIFY(!blocked);
    QVERIFY(blocked.errorMessage().contains(QStringLiteral("is not a folder")));
#endif
}

void TestFiles::tighteningKeepsWhatTheOwnerHad() {
#ifndef Q_OS_UNIX
    QSKIP("Permission bits are a Unix notion; on Windows tighten() is a no-op.");
#else
    const QString shared = path(QStringLiteral("shared.sqlite"));
    QVERIFY(touch(shared));
    QVERIFY(QFile::setPermissions(shared, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup |
                                              QFile::ReadOther));
    QVERIFY(OwnerOnly::isShared(shared));
    QVERIFY(OwnerOnly::tighten(shared));
    QCOMPARE(test::permissionBits(shared), QStringLiteral("600"));
    QVERIFY(!OwnerOnly::isShared(shared));
    // Write-protected stays write-protected: 0444 becomes 0400, not 0600.
    const QString locked = path(QStringLiteral("locked.sqlite"));
    QVERIFY(touch(locked));
    QVERIFY(QFile::setPermissions(locked, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
    QVERIFY(OwnerOnly::tighten(locked));
    QCOMPARE(test::permissionBits(locked), QStringLiteral("400"));
    // Nothing there: nothing to protect.
    QVERIFY(OwnerOnly::tighten(path(QStringLiteral("missing"))));
#endif
}

void TestFiles::safeFileNames_data() {
    QTest::addColumn<QStringList>("parts");
    QTest::addColumn<QString>("expected");
    QTest::newRow("accents and special letters")
        << QStringList{QStringLiteral("12"), QString::fromUtf8("Łukasz Nowak-Øster Straße")}
        << QStringLiteral("12-lukasz-nowak-oster-strasse.eml");
    QTest::newRow("separators and controls")
        << QStringList{QStringLiteral("7"), QStringLiteral("../../etc/passwd\r\n\x1b[31m")}
        << QStringLiteral("7-etcpasswd-31m.eml");
    QTest::newRow("another script leaves nothing")
        << QStringList{QStringLiteral("3"), QString(40, QChar(0x5F20))} << QStringLiteral("3.eml");
    // 300 letters: cut to 120 bytes with the extension (116 + ".eml").
    QTest::newRow("long") << QStringList{QStringLiteral("14"), QString(300, u'x')}
                          << QStringLiteral("14-") + QString(113, u'x') + QStringLiteral(".eml");
    // Cut at the last word that ends in the second half.
    QTest::newRow("long words") << QStringList{QStringLiteral("15"),
                                               QString(QString(50, u'a') + u' ').repeated(6)}
                                << QStringLiteral("15-") + QString(50, u'a') + u'-' +
                                       QString(50, u'a') + QStringLiteral(".eml");
}

void TestFiles::safeFileNames() {
    QFETCH(QStringList, parts);
    QFETCH(QString, expected);
    const QString name = SafeFileName::make(parts, QStringLiteral(".eml"));
    QCOMPARE(name, expected);
    QVERIFY(name.toUtf8().size() <= SafeFileName::kMaxBytes);
    // And the file system takes it.
    QVERIFY(touch(path(name)));
}

QTEST_GUILESS_MAIN(TestFiles)
#include "tst_files.moc"
