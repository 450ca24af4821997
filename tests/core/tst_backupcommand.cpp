#include "CliProcess.h"
#include "DatabaseDump.h"
#include "storage/DatabaseBackup.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace debrief;
using test::runCli;

/// debrief-cli backup and restore as a user runs them: a backup restored
/// gives back exactly what export-json wrote before the changes made since.
class TestBackupCommand : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void restoredBackupExportsTheSameJson();
    void backupNeverOverwrites();
    void restoreRefusesANewerOrForeignFile();

private:
    QString exportOpening(const QString& db, const QString& name);

    QTemporaryDir m_dir;
    QString m_db;
};

void TestBackupCommand::initTestCase() {
    m_db = m_dir.filePath(QStringLiteral("panel.sqlite"));
    const auto demo = runCli({QStringLiteral("demo"), QStringLiteral("--out"), m_db,
                              QStringLiteral("--today"), QStringLiteral("2026-03-01")});
    QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
}

QString TestBackupCommand::exportOpening(const QString& db, const QString& name) {
    const QString out = m_dir.filePath(name);
    const auto run =
        runCli({QStringLiteral("export-json"), QStringLiteral("--db"), db,
                QStringLiteral("--opening"), QStringLiteral("1"), QStringLiteral("--out"), out});
    return run.exitCode == 0 ? out : QString();
}

void TestBackupCommand::restoredBackupExportsTheSameJson() {
    const QString before = exportOpening(m_db, QStringLiteral("before.json"));
    QVERIFY(!before.isEmpty());
    const QString copy = m_dir.filePath(QStringLiteral("copies/monday.sqlite"));
    const auto backup = runCli(
        {QStringLiteral("backup"), QStringLiteral("--db"), m_db, QStringLiteral("--out"), copy});
    QCOMPARE(backup.exitCode, 0);
    QVERIFY2(backup.out.contains(copy), qPrintable(backup.out));

    // A CSV import changes opening 1 after the backup.
    const QString csv = m_dir.filePath(QStringLiteral("more.csv"));
    {
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Name,Email\nAda Lovelace,ada@example.org\nAlan Turing,alan@example.org\n");
    }
    const auto import = runCli({QStringLiteral("import-candidates"), QStringLiteral("--db"), m_db,
                                QStringLiteral("--opening"), QStringLiteral("1"), csv});
    QVERIFY2(import.exitCode == 0, qPrintable(import.err));
    const QString changed = exportOpening(m_db, QStringLiteral("changed.json"));
    QVERIFY(test::readFile(changed) != test::readFile(before));

    const auto restore = runCli(
        {QStringLiteral("restore"), QStringLiteral("--db"), m_db, QStringLiteral("--from"), copy});
    QVERIFY2(restore.exitCode == 0, qPrintable(restore.err));
    const QStringList kept = DatabaseBackup::automaticCopies(m_db);
    QCOMPARE(kept.size(), 1);
    QVERIFY2(restore.out.contains(kept.constFirst()), qPrintable(restore.out));
    QCOMPARE(test::readFile(exportOpening(m_db, QStringLiteral("after.json"))),
             test::readFile(before));
    // What the restore replaced is the changed database.
    QCOMPARE(test::readFile(exportOpening(kept.constFirst(), QStringLiteral("kept.json"))),
             test::readFile(changed));
}

void TestBackupCommand::backupNeverOverwrites() {
    const QString taken = m_dir.filePath(QStringLiteral("taken.sqlite"));
    {
        QFile file(taken);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("mine");
    }
    for (const QString& target : QStringList{taken, m_db, m_db + QStringLiteral("-wal")}) {
        const auto run = runCli({QStringLiteral("backup"), QStringLiteral("--db"), m_db,
                                 QStringLiteral("--out"), target});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(!run.err.isEmpty());
    }
    QCOMPARE(test::readFile(taken), QByteArray("mine"));
    // Without --out the copy goes next to the database.
    const auto run = runCli({QStringLiteral("backup"), QStringLiteral("--db"), m_db});
    QCOMPARE(run.exitCode, 0);
    const QStringList copies =
        QDir(m_dir.path()).entryList({QStringLiteral("panel.sqlite.backup.*.sqlite")});
    QCOMPARE(copies.size(), 1);
    QVERIFY2(run.out.contains(copies.constFirst()), qPrintable(run.out));
}

void TestBackupCommand::restoreRefusesANewerOrForeignFile() {
    const QString newer = m_dir.filePath(QStringLiteral("newer.sqlite"));
    QCOMPARE(runCli({QStringLiteral("backup"), QStringLiteral("--db"), m_db,
                     QStringLiteral("--out"), newer})
                 .exitCode,
             0);
    QVERIFY(test::runRawSql(newer, {QStringLiteral("INSERT INTO schema_version VALUES "
                                                   "(99, 'future', '2030-01-01')")}));
    const QString foreign = m_dir.filePath(QStringLiteral("photos.sqlite"));
    QVERIFY(test::runRawSql(foreign, {QStringLiteral("CREATE TABLE photos (id INTEGER)")}));
    const QByteArray before = test::readFile(m_db);
    for (const QString& from : {newer, foreign}) {
        const auto run = runCli({QStringLiteral("restore"), QStringLiteral("--db"), m_db,
                                 QStringLiteral("--from"), from});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("nothing was changed")), qPrintable(run.err));
    }
    QCOMPARE(test::readFile(m_db), before);
}

QTEST_GUILESS_MAIN(TestBackupCommand)
#include "tst_backupcommand.moc"
