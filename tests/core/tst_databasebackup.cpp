#include "DatabaseDump.h"
#include "MigrationFixture.h"
#include "demo/DemoDatabaseFile.h"
#include "storage/Database.h"
#include "storage/DatabaseBackup.h"
#include "storage/Migration.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace debrief;

namespace {

const QDateTime kNoon(QDate(2026, 3, 2), QTime(12, 0), QTimeZone::utc());

QStringList dumpOf(const QString& path) {
    auto db = Database::openSqlite(path, Database::OpenMode::MustExist);
    if (!db)
        return {QStringLiteral("cannot open: ") + db.errorMessage()};
    return test::dumpDatabase(**db);
}

bool ownerOnly(const QString& path) {
    const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                            QFileDevice::ReadOther | QFileDevice::WriteOther;
    return (QFileInfo(path).permissions() & others) == QFileDevice::Permissions();
}

/// Files in `folder` whose name ends with ".partial": a copy cut off.
QStringList leftovers(const QString& folder) {
    return QDir(folder).entryList({QStringLiteral("*.partial")}, QDir::Files);
}

void writeBytes(const QString& path, const QByteArray& bytes) {
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(bytes);
}

} // namespace

/// DatabaseBackup on real SQLite files: a copy is complete, consistent and
/// owner-only; an upgrade keeps the file as it was (the newest three such
/// copies); a restore puts a backup back, keeps what it replaced, and
/// refuses a file that is not a good Debrief backup or a database in use.
class TestDatabaseBackup : public QObject {
    Q_OBJECT

private slots:
    void init();
    void backUpCopiesEveryRowOwnerOnly();
    void backUpWhileAnotherConnectionWrites();
    void backUpRefusesTheDatabaseItsFilesAndAnExistingCopy();
    void backUpToAFolderThatCannotBeMadeWritesNothing();
    void upgradeKeepsTheFileAsItWasAndOnlyTheNewestThree();
    void currentOrNewFileMakesNoCopy();
    void restorePutsTheBackupBackAndKeepsWhatItReplaced();
    void restoreRefusesABadBackup_data();
    void restoreRefusesABadBackup();
    void restoreRefusesADatabaseInUse();
    void restoreOfAnOlderBackupIsUpgradedOnOpening();
    void restoreOverADamagedFileKeepsItsBytes();

private:
    QString m_folder;
    QString m_demo;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestDatabaseBackup::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_folder = m_dir->path();
    m_demo = m_dir->filePath(QStringLiteral("panel.sqlite"));
    auto written = DemoDatabaseFile::write(m_demo, {3, QDate(2026, 3, 1), 0});
    QVERIFY2(written, qPrintable(written.errorMessage()));
}

void TestDatabaseBackup::backUpCopiesEveryRowOwnerOnly() {
    const QString copy = m_dir->filePath(QStringLiteral("copies/panel-copy.sqlite"));
    QVERIFY(DatabaseBackup::backUp(m_demo, copy));
    QVERIFY(ownerOnly(copy));
    QVERIFY(leftovers(QFileInfo(copy).absolutePath()).isEmpty());
    const QStringList original = dumpOf(m_demo);
    QVERIFY(original.size() > 500); // the demo: hundreds of rows
    QCOMPARE(dumpOf(copy), original);
}

void TestDatabaseBackup::backUpWhileAnotherConnectionWrites() {
    auto db = Database::openSqlite(m_demo, Database::OpenMode::MustExist);
    QVERIFY(db);
    const QStringList committed = test::dumpDatabase(**db);
    QVERIFY((*db)->connection().transaction());
    QVERIFY((*db)->exec(QStringLiteral("DELETE FROM communications")));
    const QString copy = m_dir->filePath(QStringLiteral("during.sqlite"));
    // The copy sees what is committed, not the change under way.
    QVERIFY(DatabaseBackup::backUp(m_demo, copy));
    QVERIFY((*db)->connection().commit());
    QCOMPARE(dumpOf(copy), committed);
    QVERIFY(test::dumpDatabase(**db) != committed);
}

void TestDatabaseBackup::backUpRefusesTheDatabaseItsFilesAndAnExistingCopy() {
    const QByteArray bytes = test::readFile(m_demo);
    for (const QString& target :
         QStringList{m_demo, m_demo + QStringLiteral("-wal"), m_demo + QStringLiteral("-shm")}) {
        const Status done = DatabaseBackup::backUp(m_demo, target, true);
        QVERIFY(!done);
        QVERIFY2(done.errorMessage().contains(QStringLiteral("the database itself")),
                 qPrintable(done.errorMessage()));
    }
    QCOMPARE(test::readFile(m_demo), bytes);
    const QString existing = m_dir->filePath(QStringLiteral("notes.txt"));
    writeBytes(existing, "keep me");
    const Status refused = DatabaseBackup::backUp(m_demo, existing);
    QVERIFY(!refused);
    QVERIFY(refused.errorMessage().contains(QStringLiteral("already exists")));
    QCOMPARE(test::readFile(existing), QByteArray("keep me"));
    QVERIFY(DatabaseBackup::backUp(m_demo, existing, true));
    QCOMPARE(dumpOf(existing), dumpOf(m_demo));
}

void TestDatabaseBackup::backUpToAFolderThatCannotBeMadeWritesNothing() {
    const QString file = m_dir->filePath(QStringLiteral("plain-file"));
    writeBytes(file, "x");
    const Status done = DatabaseBackup::backUp(m_demo, file + QStringLiteral("/sub/copy.sqlite"));
    QVERIFY(!done);
    QVERIFY2(done.errorMessage().contains(file), qPrintable(done.errorMessage()));
    QCOMPARE(test::readFile(file), QByteArray("x"));
}

void TestDatabaseBackup::upgradeKeepsTheFileAsItWasAndOnlyTheNewestThree() {
    const QString path = m_dir->filePath(QStringLiteral("old.sqlite"));
    QCOMPARE(test::writeMigrationFixture(path, 4), QString());
    // Four earlier automatic copies, and files that only look alike.
    for (const QString& name : {QStringLiteral("old.sqlite.before-v3.20240101-000000.sqlite"),
                                QStringLiteral("old.sqlite.before-restore.20240301-000000.sqlite"),
                                QStringLiteral("old.sqlite.before-v4.20240201-000000.sqlite"),
                                QStringLiteral("old.sqlite.before-v4.20240201-000000-2.sqlite"),
                                QStringLiteral("older.sqlite.before-v4.20200101-000000.sqlite"),
                                QStringLiteral("old.sqlite.backup.20200101-000000.sqlite")})
        writeBytes(m_dir->filePath(name), "earlier");

    auto db = Database::openSqlite(path, Database::OpenMode::MustExist);
    QVERIFY2(db, qPrintable(db.errorMessage()));
    QCOMPARE((*db)->schemaVersion(), latestSchemaVersion());
    const QStringList copies = DatabaseBackup::automaticCopies(path);
    QStringList names;
    for (const QString& copy : copies)
        names.append(QFileInfo(copy).fileName());
    QCOMPARE(names.size(), 3);
    QCOMPARE(names.at(0), QStringLiteral("old.sqlite.before-v4.20240201-000000-2.sqlite"));
    QCOMPARE(names.at(1), QStringLiteral("old.sqlite.before-restore.20240301-000000.sqlite"));
    QVERIFY2(
        names.at(2).startsWith(QStringLiteral("old.sqlite.before-v%1.").arg(latestSchemaVersion())),
        qPrintable(names.at(2)));
    // The new copy is the file as the earlier version left it (row by row:
    // tst_migrationfixtures).
    QVERIFY(ownerOnly(copies.at(2)));
    QCOMPARE(Database::schemaVersionOf(copies.at(2), true).value(), 4);
    // The pruned ones are gone; the look-alikes are untouched.
    QVERIFY(!QFileInfo::exists(
        m_dir->filePath(QStringLiteral("old.sqlite.before-v3.20240101-000000.sqlite"))));
    QVERIFY(!QFileInfo::exists(
        m_dir->filePath(QStringLiteral("old.sqlite.before-v4.20240201-000000.sqlite"))));
    QVERIFY(QFileInfo::exists(
        m_dir->filePath(QStringLiteral("older.sqlite.before-v4.20200101-000000.sqlite"))));
    QVERIFY(QFileInfo::exists(
        m_dir->filePath(QStringLiteral("old.sqlite.backup.20200101-000000.sqlite"))));
}

void TestDatabaseBackup::currentOrNewFileMakesNoCopy() {
    const QString fresh = m_dir->filePath(QStringLiteral("fresh.sqlite"));
    for (int run = 0; run < 2; ++run) {
        auto db = Database::openSqlite(fresh);
        QVERIFY(db);
    }
    auto demo = Database::openSqlite(m_demo);
    QVERIFY(demo);
    QCOMPARE(DatabaseBackup::automaticCopies(fresh), QStringList());
    QCOMPARE(DatabaseBackup::automaticCopies(m_demo), QStringList());
}

void TestDatabaseBackup::restorePutsTheBackupBackAndKeepsWhatItReplaced() {
    const QString backup = m_dir->filePath(QStringLiteral("monday.sqlite"));
    QVERIFY(DatabaseBackup::backUp(m_demo, backup));
    const QStringList monday = dumpOf(m_demo);
    QStringList tuesday;
    {
        auto db = Database::openSqlite(m_demo, Database::OpenMode::MustExist);
        QVERIFY(db);
        QVERIFY((*db)->exec(QStringLiteral("DELETE FROM communications WHERE id % 2 = 0")));
        tuesday = test::dumpDatabase(**db);
    }
    QVERIFY(tuesday != monday);

    auto kept = DatabaseBackup::restore(m_demo, backup, kNoon);
    QVERIFY2(kept, qPrintable(kept.errorMessage()));
    QCOMPARE(QFileInfo(*kept).fileName(),
             QStringLiteral("panel.sqlite.before-restore.20260302-120000.sqlite"));
    QCOMPARE(DatabaseBackup::automaticCopies(m_demo), QStringList{*kept});
    QVERIFY(ownerOnly(*kept));
    QVERIFY(ownerOnly(m_demo));
    QVERIFY(leftovers(m_folder).isEmpty());
    QCOMPARE(dumpOf(m_demo), monday);
    QCOMPARE(dumpOf(*kept), tuesday);

    // A second restore in the same second keeps its own copy.
    auto again = DatabaseBackup::restore(m_demo, backup, kNoon);
    QVERIFY(again);
    QCOMPARE(QFileInfo(*again).fileName(),
             QStringLiteral("panel.sqlite.before-restore.20260302-120000-2.sqlite"));
}

void TestDatabaseBackup::restoreRefusesABadBackup_data() {
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("expected");
    QTest::newRow("newer schema") << "newer"
                                  << "newer version of Debrief";
    QTest::newRow("not SQLite") << "text"
                                << "not an SQLite database";
    QTest::newRow("not Debrief's") << "foreign"
                                   << "not one of Debrief's";
    QTest::newRow("empty file") << "empty"
                                << "holds no Debrief data";
    QTest::newRow("damaged") << "damaged"
                             << "damaged";
    QTest::newRow("the database itself") << "itself"
                                         << "the database itself";
    QTest::newRow("missing") << "missing"
                             << "does not exist";
}

void TestDatabaseBackup::restoreRefusesABadBackup() {
    QFETCH(QString, kind);
    QFETCH(QString, expected);
    QString backup = m_dir->filePath(QStringLiteral("backup.sqlite"));
    if (kind == QLatin1String("newer")) {
        QVERIFY(DatabaseBackup::backUp(m_demo, backup));
        QVERIFY(test::runRawSql(backup, {QStringLiteral("INSERT INTO schema_version VALUES "
                                                        "(99, 'future', '2030-01-01')")}));
    } else if (kind == QLatin1String("text")) {
        writeBytes(backup, "name,email\nAda,ada@example.org\n");
    } else if (kind == QLatin1String("foreign")) {
        QVERIFY(test::runRawSql(backup, {QStringLiteral("CREATE TABLE photos (id INTEGER)")}));
    } else if (kind == QLatin1String("empty")) {
        writeBytes(backup, {});
    } else if (kind == QLatin1String("damaged")) {
        QVERIFY(DatabaseBackup::backUp(m_demo, backup));
        QFile file(backup);
        QVERIFY(file.open(QIODevice::ReadWrite));
        // Garbage over the b-tree pages after the schema page.
        for (qint64 offset = 8192; offset + 4096 < file.size(); offset += 16384) {
            file.seek(offset + 8);
            file.write(QByteArray(64, '\x5a'));
        }
    } else if (kind == QLatin1String("itself")) {
        backup = m_demo;
    } else {
        backup = m_dir->filePath(QStringLiteral("nowhere.sqlite"));
    }
    const QByteArray before = test::readFile(m_demo);
    auto restored = DatabaseBackup::restore(m_demo, backup, kNoon);
    QVERIFY(!restored);
    QVERIFY2(restored.errorMessage().contains(expected), qPrintable(restored.errorMessage()));
    QVERIFY2(restored.errorMessage().contains(QStringLiteral("nothing was changed")),
             qPrintable(restored.errorMessage()));
    QCOMPARE(test::readFile(m_demo), before);
    QCOMPARE(DatabaseBackup::automaticCopies(m_demo), QStringList());
}

void TestDatabaseBackup::restoreRefusesADatabaseInUse() {
    const QString backup = m_dir->filePath(QStringLiteral("monday.sqlite"));
    QVERIFY(DatabaseBackup::backUp(m_demo, backup));
    auto open = Database::openSqlite(m_demo, Database::OpenMode::MustExist);
    QVERIFY(open);
    const QStringList before = test::dumpDatabase(**open);
    auto restored = DatabaseBackup::restore(m_demo, backup, kNoon);
    QVERIFY(!restored);
    QVERIFY2(restored.errorMessage().contains(QStringLiteral("is open in Debrief or another")),
             qPrintable(restored.errorMessage()));
    QCOMPARE(test::dumpDatabase(**open), before);
    QCOMPARE(DatabaseBackup::automaticCopies(m_demo), QStringList());
    open->reset();
    QVERIFY(DatabaseBackup::restore(m_demo, backup, kNoon));
}

void TestDatabaseBackup::restoreOfAnOlderBackupIsUpgradedOnOpening() {
    const QString old = m_dir->filePath(QStringLiteral("v3.sqlite"));
    QCOMPARE(test::writeMigrationFixture(old, 3), QString());
    auto kept = DatabaseBackup::restore(m_demo, old, kNoon);
    QVERIFY2(kept, qPrintable(kept.errorMessage()));
    QCOMPARE(Database::schemaVersionOf(m_demo).value(), 3);
    auto db = Database::openSqlite(m_demo, Database::OpenMode::MustExist);
    QVERIFY2(db, qPrintable(db.errorMessage()));
    QCOMPARE((*db)->schemaVersion(), latestSchemaVersion());
    auto titles = (*db)->exec(QStringLiteral("SELECT title FROM openings ORDER BY id"));
    QVERIFY(titles && titles->next());
    QCOMPARE(titles->value(0).toString(), QStringLiteral("Backend Engineer"));
    // The restore's copy and the upgrade's copy, both kept.
    QCOMPARE(DatabaseBackup::automaticCopies(m_demo).size(), 2);
}

void TestDatabaseBackup::restoreOverADamagedFileKeepsItsBytes() {
    const QString backup = m_dir->filePath(QStringLiteral("good.sqlite"));
    QVERIFY(DatabaseBackup::backUp(m_demo, backup));
    const QByteArray garbage("this was once a database, then something overwrote it");
    writeBytes(m_demo, garbage);
    auto kept = DatabaseBackup::restore(m_demo, backup, kNoon);
    QVERIFY2(kept, qPrintable(kept.errorMessage()));
    QCOMPARE(test::readFile(*kept), garbage);
    QVERIFY(ownerOnly(*kept));
    QCOMPARE(dumpOf(m_demo), dumpOf(backup));
}

QTEST_GUILESS_MAIN(TestDatabaseBackup)
#include "tst_databasebackup.moc"
