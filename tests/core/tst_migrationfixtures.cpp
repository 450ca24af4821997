#include "MigrationFixture.h"
#include "interchange/OpeningExporter.h"
#include "storage/CandidateSearchKey.h"
#include "storage/Database.h"
#include "storage/DatabaseBackup.h"
#include "storage/Migration.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace debrief;

namespace {

const QString kFolder = QStringLiteral(DEBRIEF_TEST_DATA_DIR "/migrations");

QString fixturePath(int version) {
    return QDir(kFolder).filePath(QStringLiteral("schema-v%1.sqlite").arg(version));
}

/// One table: its columns in order and its rows, each value written with
/// its type ("qlonglong:3", "QString:Zoë", "NULL") so a changed type shows.
struct Table {
    QStringList columns;
    QList<QStringList> rows;
};
using Tables = QMap<QString, Table>;

QString valueText(const QVariant& value) {
    if (value.isNull())
        return QStringLiteral("NULL");
    return QString::fromLatin1(value.typeName()) + QLatin1Char(':') + value.toString();
}

Tables readTables(const QSqlDatabase& db) {
    Tables tables;
    QSqlQuery names(db);
    names.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"));
    while (names.next()) {
        const QString name = names.value(0).toString();
        Table& table = tables[name];
        QSqlQuery rows(db);
        // Test-only: the names come from the schema itself.
        rows.exec(QStringLiteral("SELECT * FROM \"%1\"").arg(name));
        for (int i = 0; i < rows.record().count(); ++i)
            table.columns.append(rows.record().fieldName(i));
        while (rows.next()) {
            QStringList row;
            for (int i = 0; i < rows.record().count(); ++i)
                row.append(valueText(rows.value(i)));
            table.rows.append(row);
        }
    }
    return tables;
}

/// Reads every table of the file at `path` with a plain connection (no
/// upgrade). Only for copies: a WAL file grows -wal/-shm files while open.
Tables readFile(const QString& path) {
    const QString name = QStringLiteral("read-") + QUuid::createUuid().toString();
    Tables tables;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (db.open())
            tables = readTables(db);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return tables;
}

/// The rows of `table` cut down to `columns`, sorted: VACUUM (and so a
/// backup) may renumber the hidden rowids, so rows are compared as a set.
QList<QStringList> project(const Table& table, const QStringList& columns) {
    QList<QStringList> rows;
    for (const QStringList& row : table.rows) {
        QStringList cut;
        for (const QString& column : columns)
            cut.append(row.value(table.columns.indexOf(column)));
        rows.append(cut);
    }
    std::sort(rows.begin(), rows.end());
    return rows;
}

/// The value SQLite fills a column with when a migration adds it.
QString defaultOf(Database& db, const QString& table, const QString& column) {
    auto info =
        db.exec(QStringLiteral("SELECT dflt_value FROM pragma_table_info(?) WHERE name = ?"),
                {table, column});
    if (!info || !info->next() || info->value(0).isNull())
        return QStringLiteral("NULL");
    // Test-only: the default's SQL text comes from the schema itself.
    auto value = db.exec(QStringLiteral("SELECT ") + info->value(0).toString());
    return value && value->next() ? valueText(value->value(0)) : QStringLiteral("?");
}

/// A column an upgrade fills from other columns rather than with a default.
bool isComputed(const QString& table, const QString& column) {
    return table == QLatin1String("candidates") && column == QLatin1String("search_key");
}

/// The text of a value as valueText() wrote it ("QString:Zoë").
QString storedText(const QString& written) {
    return written.mid(written.indexOf(QLatin1Char(':')) + 1);
}

QString copyFixture(int version, const QTemporaryDir& dir) {
    const QString copy = dir.filePath(QStringLiteral("panel-v%1.sqlite").arg(version));
    QFile::remove(copy);
    if (!QFile::copy(fixturePath(version), copy))
        return {};
    QFile::setPermissions(copy, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return copy;
}

/// The export's JSON without the line that names the Debrief release.
QJsonObject comparable(const QByteArray& json) {
    QJsonObject object = QJsonDocument::fromJson(json).object();
    object.remove(QStringLiteral("exportedBy"));
    return object;
}

} // namespace

/// A database written by every earlier schema version opens with today's
/// Debrief, is upgraded with every row kept and a copy of the file as it
/// was next to it, and exports the same JSON as the golden file of its
/// version. The fixtures and how they were made: tests/data/migrations.
class TestMigrationFixtures : public QObject {
    Q_OBJECT

private slots:
    void everyEarlierVersionHasAFixture();
    void fixtureIsWhatTheGeneratorWrites_data();
    void fixtureIsWhatTheGeneratorWrites();
    void fixtureHasRowsInEveryTable_data();
    void fixtureHasRowsInEveryTable();
    void upgradeKeepsEveryRow_data();
    void upgradeKeepsEveryRow();

private:
    void versions();

    QTemporaryDir m_dir;
};

void TestMigrationFixtures::versions() {
    QTest::addColumn<int>("version");
    for (int version = 1; version < latestSchemaVersion(); ++version) {
        if (QFileInfo::exists(fixturePath(version)))
            QTest::newRow(qPrintable(QStringLiteral("v%1").arg(version))) << version;
    }
}

void TestMigrationFixtures::everyEarlierVersionHasAFixture() {
    QStringList missing;
    for (int version = 1; version < latestSchemaVersion(); ++version) {
        if (!QFileInfo::exists(fixturePath(version)))
            missing.append(QString::number(version));
    }
    QVERIFY2(missing.isEmpty(),
             qPrintable(QStringLiteral("No fixture for schema version %1: write it with "
                                       "tests/data/migrations/README.md's command")
                            .arg(missing.join(QStringLiteral(", ")))));
}

void TestMigrationFixtures::fixtureIsWhatTheGeneratorWrites_data() {
    versions();
}

/// The committed file is what the generator writes from today's migration
/// chain: this also fails when a released migration step is edited.
void TestMigrationFixtures::fixtureIsWhatTheGeneratorWrites() {
    QFETCH(int, version);
    const QString fresh = m_dir.filePath(QStringLiteral("fresh-v%1.sqlite").arg(version));
    QFile::remove(fresh);
    const QString failure = test::writeMigrationFixture(fresh, version);
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    const QString committed = copyFixture(version, m_dir);
    QVERIFY(!committed.isEmpty());
    const Tables expected = readFile(committed);
    const Tables actual = readFile(fresh);
    QCOMPARE(actual.keys(), expected.keys());
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        QCOMPARE(actual.value(it.key()).columns, it->columns);
        QCOMPARE(actual.value(it.key()).rows, it->rows);
    }
}

void TestMigrationFixtures::fixtureHasRowsInEveryTable_data() {
    versions();
}

void TestMigrationFixtures::fixtureHasRowsInEveryTable() {
    QFETCH(int, version);
    const QString copy = copyFixture(version, m_dir);
    QVERIFY(!copy.isEmpty());
    const Tables tables = readFile(copy);
    QVERIFY(tables.contains(QStringLiteral("schema_version")));
    QCOMPARE(tables.value(QStringLiteral("schema_version")).rows.size(), version);
    for (auto it = tables.cbegin(); it != tables.cend(); ++it)
        QVERIFY2(!it->rows.isEmpty(), qPrintable(it.key() + QStringLiteral(" has no rows")));
}

void TestMigrationFixtures::upgradeKeepsEveryRow_data() {
    versions();
}

void TestMigrationFixtures::upgradeKeepsEveryRow() {
    QFETCH(int, version);
    const QString copy = copyFixture(version, m_dir);
    QVERIFY(!copy.isEmpty());
    const Tables before = readFile(copy);
    QVERIFY(!before.isEmpty());

    auto db = Database::openSqlite(copy, Database::OpenMode::MustExist);
    QVERIFY2(db, qPrintable(db.errorMessage()));
    QCOMPARE((*db)->schemaVersion(), latestSchemaVersion());
    const Tables after = readTables((*db)->connection());

    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        const QString& name = it.key();
        QVERIFY2(after.contains(name), qPrintable(name + QStringLiteral(" is gone")));
        const Table& upgraded = after.value(name);
        // Every row of the fixture is still there, every column unchanged…
        const QList<QStringList> kept = project(upgraded, it->columns);
        const QList<QStringList> original = project(*it, it->columns);
        if (name == QLatin1String("schema_version")) {
            QCOMPARE(kept.size(), latestSchemaVersion());
            // Rows sort as text ("10" before "2"): look for each one.
            for (const QStringList& row : original)
                QVERIFY2(kept.contains(row), qPrintable(row.join(u'|')));
            continue;
        }
        QCOMPARE(kept, original);
        // …and a column the upgrade added holds its default in every row…
        for (const QString& column : upgraded.columns) {
            if (it->columns.contains(column) || isComputed(name, column))
                continue;
            const QString fill = defaultOf(**db, name, column);
            for (const QStringList& row : project(upgraded, {column}))
                QCOMPARE(name + QLatin1Char('.') + column + QLatin1Char('=') + row.constFirst(),
                         name + QLatin1Char('.') + column + QLatin1Char('=') + fill);
        }
    }

    // …but the search key, which migration 8 computes from name and e-mail.
    const Table& candidates = after.value(QStringLiteral("candidates"));
    QVERIFY(!candidates.rows.isEmpty());
    for (const QStringList& row :
         project(candidates, {QStringLiteral("full_name"), QStringLiteral("email"),
                              QStringLiteral("search_key")})) {
        QCOMPARE(row.at(2),
                 valueText(CandidateSearchKey::of(storedText(row.at(0)), storedText(row.at(1)))));
    }

    // The file as it was is kept next to it, whole.
    const QStringList copies = DatabaseBackup::automaticCopies(copy);
    QCOMPARE(copies.size(), 1);
    QVERIFY2(QFileInfo(copies.constFirst())
                 .fileName()
                 .startsWith(QFileInfo(copy).fileName() +
                             QStringLiteral(".before-v%1.").arg(latestSchemaVersion())),
             qPrintable(copies.constFirst()));
    QCOMPARE(QFileInfo(copies.constFirst()).permissions() &
                 (QFileDevice::ReadGroup | QFileDevice::ReadOther),
             QFileDevice::Permissions());
    const Tables kept = readFile(copies.constFirst());
    QCOMPARE(kept.keys(), before.keys());
    for (auto it = before.cbegin(); it != before.cend(); ++it)
        QCOMPARE(project(kept.value(it.key()), it->columns), project(*it, it->columns));

    // What export-json writes of each opening is the golden file's JSON.
    const bool update = qEnvironmentVariableIntValue("DEBRIEF_UPDATE_GOLDEN") == 1;
    auto openings = (*db)->exec(QStringLiteral("SELECT id FROM openings ORDER BY id"));
    QVERIFY(openings);
    int exported = 0;
    while (openings->next()) {
        const RowId id = openings->value(0).toLongLong();
        auto json = OpeningExporter(**db).exportJson(id);
        QVERIFY2(json, qPrintable(json.errorMessage()));
        const QString golden = QDir(kFolder).filePath(
            QStringLiteral("schema-v%1.opening-%2.json").arg(version).arg(id));
        if (update) {
            QFile out(golden);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(*json);
        }
        QFile in(golden);
        QVERIFY2(in.open(QIODevice::ReadOnly), qPrintable(golden));
        if (comparable(*json) != comparable(in.readAll())) {
            const QString actual = m_dir.filePath(QFileInfo(golden).fileName());
            QFile out(actual);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(*json);
            m_dir.setAutoRemove(false);
            QFAIL(qPrintable(QStringLiteral("The export of opening %1 differs from %2; it is in "
                                            "%3 (DEBRIEF_UPDATE_GOLDEN=1 rewrites the golden "
                                            "files)")
                                 .arg(id)
                                 .arg(golden, actual)));
        }
        ++exported;
    }
    QCOMPARE(exported, 2);
}

QTEST_GUILESS_MAIN(TestMigrationFixtures)
#include "tst_migrationfixtures.moc"
