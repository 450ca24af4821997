#include "DatabaseDump.h"
#include "TestDatabase.h"
#include "storage/Database.h"
#include "storage/Migration.h"
#include "storage/TransactionGuard.h"

#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using debrief::Database;
using debrief::TransactionGuard;

namespace {

QByteArray readBytes(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

qint64 countRows(Database& db, const QString& table) {
    auto query = db.exec(QStringLiteral("SELECT COUNT(*) FROM ") + table);
    return query && query->next() ? query->value(0).toLongLong() : -1;
}

} // namespace

/// Opening, creating, migrating and refusing database files, and the
/// transaction guard, against real SQLite files; in the run on the server
/// (tests/core/TestDatabase.h) the migration, the foreign keys, the guard
/// and bound values against a server database.
class TestDatabase : public QObject {
    Q_OBJECT

private slots:
    void init();
    void emptyFileIsMigratedToLatest();
    void upToDateFileRunsNoMigration();
    void newerFileIsRefusedAndUntouched();
    void newerVersionInLiveWalIsRefused();
    void foreignSqliteFileIsRefusedAndUntouched();
    void nonSqliteFileIsRefusedAndUntouched();
    void missingFileIsNotCreatedWhenItMustExist();
    void createdFilesAreOwnerOnly();
    void foreignKeysAreEnforced();
    void guardRollsBackWithoutCommit();
    void guardCommits();
    void failedInnerGuardDoomsOuterCommit();
    void nestedGuardsCommitTogether();
    void boundValuesRoundTripUnchanged_data();
    void boundValuesRoundTripUnchanged();

private:
    QString path(const QString& name = QStringLiteral("debrief.sqlite")) const {
        return m_dir->filePath(name);
    }
    std::unique_ptr<Database> open();

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestDatabase::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

std::unique_ptr<Database> TestDatabase::open() {
    auto db = debrief::test::TestDatabase::open(path());
    if (!db) {
        qWarning("%s", qPrintable(db.errorMessage()));
        return nullptr;
    }
    return std::move(db).value();
}

void TestDatabase::emptyFileIsMigratedToLatest() {
    const bool onServer = debrief::test::TestDatabase::onServer();
    QVERIFY(onServer || !QFileInfo::exists(path()));
    auto db = open();
    QVERIFY(db);
    QCOMPARE(db->schemaVersion(), debrief::latestSchemaVersion());
    // The run CTest registered for the server is really on the server.
    QCOMPARE(db->dialect(),
             onServer ? debrief::SqlDialect::PostgreSql : debrief::SqlDialect::Sqlite);
    if (!onServer)
        QCOMPARE(db->location(), QFileInfo(path()).absoluteFilePath());

    auto tables = debrief::test::tableNames(*db);
    QVERIFY2(tables, qPrintable(tables.errorMessage()));
    QStringList names;
    for (const QString& name : *tables) {
        if (!name.startsWith(u"sqlite_"))
            names.append(name);
    }
    const QStringList expected = {
        QStringLiteral("applications"),
        QStringLiteral("audit_log"),
        QStringLiteral("candidates"),
        QStringLiteral("communications"),
        QStringLiteral("criteria"),
        QStringLiteral("criterion_anchors"),
        QStringLiteral("database_settings"),
        QStringLiteral("decision_criteria"),
        QStringLiteral("decision_outcomes"),
        QStringLiteral("decisions"),
        QStringLiteral("interview_panelists"),
        QStringLiteral("interviews"),
        QStringLiteral("message_templates"),
        QStringLiteral("opening_panel"),
        QStringLiteral("openings"),
        QStringLiteral("panelists"),
        QStringLiteral("ratings"),
        QStringLiteral("referees"),
        QStringLiteral("rejection_drafts"),
        QStringLiteral("round_criteria"),
        QStringLiteral("rounds"),
        QStringLiteral("rubrics"),
        QStringLiteral("schema_version"),
        QStringLiteral("scorecards"),
    };
    QCOMPARE(names, expected);
    // One row per step; the chain may skip a number while branches merge.
    QCOMPARE(countRows(*db, QStringLiteral("schema_version")),
             qint64(debrief::allMigrations().size()));
}

void TestDatabase::upToDateFileRunsNoMigration() {
    const QString select = QStringLiteral("SELECT version, applied_at FROM schema_version");
    QStringList before;
    {
        auto db = open();
        QVERIFY(db);
        auto rows = db->exec(select);
        QVERIFY(rows);
        while (rows->next())
            before.append(rows->value(0).toString() + u' ' + rows->value(1).toString());
    }
    QVERIFY(!before.isEmpty());
    QTest::qWait(5); // a rerun migration would record a later applied_at
    auto db = open();
    QVERIFY(db);
    QCOMPARE(db->schemaVersion(), debrief::latestSchemaVersion());
    auto rows = db->exec(select);
    QVERIFY(rows);
    QStringList after;
    while (rows->next())
        after.append(rows->value(0).toString() + u' ' + rows->value(1).toString());
    QCOMPARE(after, before);
}

void TestDatabase::newerFileIsRefusedAndUntouched() {
    DEBRIEF_SQLITE_ONLY("a file a newer version wrote");
    QVERIFY(open());
    const int newer = debrief::latestSchemaVersion() + 1;
    QVERIFY(debrief::test::runRawSql(
        path(), {QStringLiteral("INSERT INTO schema_version (version, description, "
                                "applied_at) VALUES (%1, 'future', '2099-01-01')")
                     .arg(newer)}));
    QVERIFY(!QFileInfo::exists(path() + QStringLiteral("-wal")));
    const QByteArray before = readBytes(path());
    QVERIFY(!before.isEmpty());

    auto refused = Database::openSqlite(path());
    QVERIFY(!refused);
    const QString message = refused.errorMessage();
    QVERIFY2(message.contains(QFileInfo(path()).absoluteFilePath()), qPrintable(message));
    QVERIFY2(message.contains(QString::number(newer)), qPrintable(message));
    QVERIFY2(message.contains(QString::number(debrief::latestSchemaVersion())),
             qPrintable(message));
    QCOMPARE(readBytes(path()), before);
    QVERIFY(!QFileInfo::exists(path() + QStringLiteral("-wal")));
    QVERIFY(!QFileInfo::exists(path() + QStringLiteral("-shm")));
}

void TestDatabase::newerVersionInLiveWalIsRefused() {
    DEBRIEF_SQLITE_ONLY("the WAL");
    // Another instance has the file open, so recent changes sit in its WAL.
    auto first = open();
    QVERIFY(first);
    const int newer = debrief::latestSchemaVersion() + 1;
    QVERIFY(debrief::test::runRawSql(
        path(), {QStringLiteral("INSERT INTO schema_version (version, description, "
                                "applied_at) VALUES (%1, 'future', '2099-01-01')")
                     .arg(newer)}));
    QVERIFY(QFileInfo::exists(path() + QStringLiteral("-wal")));
    auto refused = Database::openSqlite(path());
    QVERIFY(!refused);
    QVERIFY2(refused.errorMessage().contains(QString::number(newer)),
             qPrintable(refused.errorMessage()));
}

void TestDatabase::foreignSqliteFileIsRefusedAndUntouched() {
    DEBRIEF_SQLITE_ONLY("another program's file");
    QVERIFY(debrief::test::runRawSql(
        path(), {QStringLiteral("CREATE TABLE recipes (id INTEGER PRIMARY KEY, "
                                "title TEXT)"),
                 QStringLiteral("INSERT INTO recipes (title) VALUES ('Soup')")}));
    const QByteArray before = readBytes(path());

    auto refused = Database::openSqlite(path());
    QVERIFY(!refused);
    QVERIFY2(refused.errorMessage().contains(QFileInfo(path()).absoluteFilePath()),
             qPrintable(refused.errorMessage()));
    QVERIFY2(refused.errorMessage().contains(QStringLiteral("not one of Debrief's")),
             qPrintable(refused.errorMessage()));
    QCOMPARE(readBytes(path()), before);
    QVERIFY(!QFileInfo::exists(path() + QStringLiteral("-wal")));
    QVERIFY(!QFileInfo::exists(path() + QStringLiteral("-journal")));
}

void TestDatabase::nonSqliteFileIsRefusedAndUntouched() {
    DEBRIEF_SQLITE_ONLY("a file that is not SQLite");
    QByteArray noise(4096, '\0');
    QRandomGenerator generator(20240611);
    for (char& byte : noise)
        byte = char(generator.bounded(256));
    {
        QFile file(path());
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(noise), qint64(noise.size()));
    }

    auto refused = Database::openSqlite(path());
    QVERIFY(!refused);
    QVERIFY2(refused.errorMessage().contains(QFileInfo(path()).absoluteFilePath()),
             qPrintable(refused.errorMessage()));
    QVERIFY2(refused.errorMessage().contains(QStringLiteral("not an SQLite database")),
             qPrintable(refused.errorMessage()));
    QCOMPARE(readBytes(path()), noise);
    QVERIFY(!QFileInfo::exists(path() + QStringLiteral("-wal")));
}

void TestDatabase::missingFileIsNotCreatedWhenItMustExist() {
    DEBRIEF_SQLITE_ONLY("a missing file");
    auto refused = Database::openSqlite(path(), Database::OpenMode::MustExist);
    QVERIFY(!refused);
    QVERIFY(refused.errorMessage().contains(QFileInfo(path()).absoluteFilePath()));
    QVERIFY(!QFileInfo::exists(path()));
}

void TestDatabase::createdFilesAreOwnerOnly() {
    DEBRIEF_SQLITE_ONLY("file permissions");
#ifdef Q_OS_UNIX
    auto db = open();
    QVERIFY(db);
    const auto ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    const auto others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup |
                        QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
    // The WAL file holds recent changes too, so it must be as private.
    for (const QString& file : QStringList{path(), path() + QStringLiteral("-wal")}) {
        QVERIFY2(QFileInfo::exists(file), qPrintable(file));
        const QFileDevice::Permissions permissions = QFile::permissions(file);
        QCOMPARE(permissions & (ownerOnly | QFileDevice::ExeOwner), ownerOnly);
        QCOMPARE(permissions & others, QFileDevice::Permissions());
    }
#else
    QSKIP("File modes are a Unix notion");
#endif
}

void TestDatabase::foreignKeysAreEnforced() {
    auto db = open();
    QVERIFY(db);
    auto dangling = db->exec(QStringLiteral("INSERT INTO opening_panel (opening_id, panelist_id, "
                                            "is_lead, seat) VALUES (?, ?, ?, ?)"),
                             {qint64(404), qint64(405), false, 0});
    QVERIFY(!dangling);
    QVERIFY2(dangling.errorMessage().contains(QStringLiteral("FOREIGN KEY"), Qt::CaseInsensitive),
             qPrintable(dangling.errorMessage()));
    QCOMPARE(countRows(*db, QStringLiteral("opening_panel")), qint64(0));
}

namespace {

debrief::Status addPanelist(Database& db, const QString& name) {
    auto id = db.insert(QStringLiteral("INSERT INTO panelists (uuid, name) VALUES (?, ?) "
                                       "RETURNING id"),
                        {QUuid::createUuid().toString(QUuid::WithoutBraces), name});
    if (!id)
        return id.error();
    return {};
}

} // namespace

void TestDatabase::guardRollsBackWithoutCommit() {
    auto db = open();
    QVERIFY(db);
    {
        TransactionGuard tx(*db);
        QVERIFY(tx.begun());
        QVERIFY(addPanelist(*db, QStringLiteral("Ada")));
        QCOMPARE(countRows(*db, QStringLiteral("panelists")), qint64(1));
    }
    QCOMPARE(countRows(*db, QStringLiteral("panelists")), qint64(0));
}

void TestDatabase::guardCommits() {
    auto db = open();
    QVERIFY(db);
    {
        TransactionGuard tx(*db);
        QVERIFY(addPanelist(*db, QStringLiteral("Ada")));
        QVERIFY(tx.commit());
    }
    QCOMPARE(countRows(*db, QStringLiteral("panelists")), qint64(1));
    // A second, independent transaction works after the first one ended.
    TransactionGuard again(*db);
    QVERIFY(again.begun());
    QVERIFY(addPanelist(*db, QStringLiteral("Grace")));
    QVERIFY(again.commit());
    QCOMPARE(countRows(*db, QStringLiteral("panelists")), qint64(2));
}

void TestDatabase::failedInnerGuardDoomsOuterCommit() {
    auto db = open();
    QVERIFY(db);
    {
        TransactionGuard outer(*db);
        QVERIFY(addPanelist(*db, QStringLiteral("Ada")));
        {
            TransactionGuard inner(*db);
            QVERIFY(inner.begun());
            QVERIFY(addPanelist(*db, QStringLiteral("Grace")));
            // leaves scope without commit: that step failed
        }
        const auto committed = outer.commit();
        QVERIFY(!committed);
        QVERIFY(!committed.errorMessage().isEmpty());
    }
    QCOMPARE(countRows(*db, QStringLiteral("panelists")), qint64(0));
    // The doom does not outlive its transaction.
    TransactionGuard next(*db);
    QVERIFY(addPanelist(*db, QStringLiteral("Edsger")));
    QVERIFY(next.commit());
    QCOMPARE(countRows(*db, QStringLiteral("panelists")), qint64(1));
}

void TestDatabase::nestedGuardsCommitTogether() {
    auto db = open();
    QVERIFY(db);
    {
        TransactionGuard outer(*db);
        QVERIFY(addPanelist(*db, QStringLiteral("Ada")));
        {
            TransactionGuard inner(*db);
            QVERIFY(addPanelist(*db, QStringLiteral("Grace")));
            QVERIFY(inner.commit());
        }
        QVERIFY(outer.commit());
    }
    QCOMPARE(countRows(*db, QStringLiteral("panelists")), qint64(2));
}

void TestDatabase::boundValuesRoundTripUnchanged_data() {
    QTest::addColumn<QString>("value");
    QTest::newRow("quotes") << QStringLiteral("O'Brien said \"hi\" `there`");
    QTest::newRow("injection") << QStringLiteral("x'); DROP TABLE panelists; --");
    QTest::newRow("keywords") << QStringLiteral("SELECT * FROM candidates WHERE 1=1; DELETE");
    QTest::newRow("placeholders") << QStringLiteral("? :name $1 %1 {{id}}");
    QTest::newRow("unicode") << QStringLiteral("Zoë 李雷 🙂 \u200b\n\ttab");
    QTest::newRow("empty") << QStringLiteral("");
}

void TestDatabase::boundValuesRoundTripUnchanged() {
    QFETCH(QString, value);
    auto db = open();
    QVERIFY(db);
    auto id = db->insert(QStringLiteral("INSERT INTO panelists (uuid, name, role) VALUES (?, ?, ?) "
                                        "RETURNING id"),
                         {QUuid::createUuid().toString(QUuid::WithoutBraces), value, value});
    QVERIFY2(id, qPrintable(id.errorMessage()));
    auto read = db->exec(QStringLiteral("SELECT name, role FROM panelists WHERE id = ?"), {*id});
    QVERIFY(read);
    QVERIFY(read->next());
    QCOMPARE(read->value(0).toString(), value);
    QCOMPARE(read->value(1).toString(), value);
    QCOMPARE(countRows(*db, QStringLiteral("panelists")), qint64(1));
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
