// Moving a whole database between a file and a panel server: the real
// debrief-cli's server-push and server-pull against the PostgreSQL server
// ctest starts (scripts/pg-test-server). What they moved is judged by the
// real export-json of every opening, compared byte for byte, by scorecard
// packages exported before the move, and by reading the tables back
// through the test's own connections.

#include "CliProcess.h"
#include "DatabaseDump.h"
#include "PostgresServer.h"

#include "interchange/DatabaseTransfer.h"
#include "storage/Database.h"
#include "storage/OpeningRepository.h"
#include "storage/TableCopy.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace debrief;
using debrief::test::dumpDatabase;
using debrief::test::fileHash;
using debrief::test::permissionBits;
using debrief::test::PostgresServer;
using debrief::test::readFile;
using debrief::test::runCli;
using debrief::test::runRawSql;
using debrief::test::writeDemo;

namespace {

/// One query's single column, every row, as text.
QStringList column(Database& db, const QString& sql) {
    QStringList values;
    auto rows = db.exec(sql);
    if (!rows)
        return {QStringLiteral("query failed: ") + rows.errorMessage()};
    while (rows->next())
        values.append(rows->value(0).toString());
    return values;
}

/// The tables of a database from its catalog (not from TableCopy), without
/// schema_version, which every database keeps for itself.
QStringList dataTables(Database& db) {
    QStringList tables =
        column(db, db.dialect() == SqlDialect::PostgreSql
                       ? QStringLiteral("SELECT table_name FROM information_schema.tables WHERE "
                                        "table_schema = 'public' ORDER BY table_name")
                       : QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND "
                                        "name NOT LIKE 'sqlite_%' ORDER BY name"));
    tables.removeAll(QStringLiteral("schema_version"));
    return tables;
}

/// Rows per table, "table: n", for every data table.
QStringList rowCounts(Database& db) {
    QStringList counts;
    for (const QString& table : dataTables(db)) {
        // Test-only: the names come from the catalog, not from input.
        const QStringList n = column(db, QStringLiteral("SELECT COUNT(*) FROM %1").arg(table));
        counts.append(table + QStringLiteral(": ") + n.join(QString()));
    }
    return counts;
}

/// `start` followed by a plural ending, as the English translation words
/// it ("openings") or as the source text does before it is translated
/// ("opening(s)").
QRegularExpression plural(const QString& start) {
    return QRegularExpression(start + QStringLiteral("(s|\\(s\\))"));
}

qint64 totalRows(Database& db) {
    qint64 total = 0;
    for (const QString& line : rowCounts(db))
        total += line.section(QStringLiteral(": "), 1).toLongLong();
    return total;
}

/// A dump of an SQLite file's rows without schema_version (when each
/// database was migrated differs).
QStringList dumpWithoutSchemaVersion(const QString& path) {
    auto db = Database::open(path, Database::OpenMode::ReadOnly);
    if (!db)
        return {db.errorMessage()};
    QStringList dump = dumpDatabase(**db);
    dump.erase(std::remove_if(dump.begin(), dump.end(),
                              [](const QString& line) {
                                  return line.startsWith(QLatin1String("schema_version"));
                              }),
               dump.end());
    return dump;
}

} // namespace

class TestServerTransfer : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_demo;
    QStringList m_openingIds;

    QString path(const QString& name) const { return m_dir.filePath(name); }

    /// export-json of one opening from `db` (file or server), as bytes.
    QByteArray exportJson(const QString& db, const QString& openingId, const QString& name) {
        const QString out = path(name);
        const auto run =
            runCli({QStringLiteral("export-json"), QStringLiteral("--db"), db,
                    QStringLiteral("--opening"), openingId, QStringLiteral("--out"), out});
        if (run.exitCode != 0) {
            qWarning("export-json failed: %s", qPrintable(run.err));
            return {};
        }
        return readFile(out);
    }

    /// A fresh server database with the demo pushed into it.
    std::optional<ServerAddress> pushedDemo(const QString& name) {
        auto address = PostgresServer::freshDatabase(name);
        if (!address)
            return std::nullopt;
        const auto pushed = runCli({QStringLiteral("server-push"), QStringLiteral("--db"), m_demo,
                                    QStringLiteral("--to"), address->display()});
        if (pushed.exitCode != 0) {
            qWarning("server-push failed: %s", qPrintable(pushed.err));
            return std::nullopt;
        }
        return address;
    }

private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        QVERIFY2(PostgresServer::admin(), "the test server is not running");
        m_demo = path(QStringLiteral("demo.sqlite"));
        const auto demo = writeDemo(m_demo);
        QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
        // What the demo leaves out, the panel's own commands add: rejection
        // drafts (with their templates and audit entries) for the opening
        // that decided, and a retention period.
        QString decided;
        {
            auto db = Database::open(m_demo, Database::OpenMode::ReadOnly);
            QVERIFY2(db, qPrintable(db.errorMessage()));
            decided = column(**db, QStringLiteral("SELECT opening_id FROM decisions")).value(0);
        }
        QVERIFY(!decided.isEmpty());
        const auto drafts = runCli({QStringLiteral("drafts"), QStringLiteral("--db"), m_demo,
                                    QStringLiteral("--opening"), decided, QStringLiteral("--out"),
                                    path(QStringLiteral("eml")), QStringLiteral("--include-held"),
                                    QStringLiteral("--allow-findings")});
        QVERIFY2(drafts.exitCode == 0, qPrintable(drafts.err));
        const auto retention =
            runCli({QStringLiteral("retention"), QStringLiteral("--db"), m_demo,
                    QStringLiteral("--period"), QStringLiteral("12m"), QStringLiteral("--save")});
        QVERIFY2(retention.exitCode == 0, qPrintable(retention.err));

        auto db = Database::open(m_demo, Database::OpenMode::ReadOnly);
        QVERIFY2(db, qPrintable(db.errorMessage()));
        m_openingIds = column(**db, QStringLiteral("SELECT id FROM openings ORDER BY id"));
        QVERIFY(m_openingIds.size() >= 2);
        // Every table holds rows, so the round trips below cover each.
        for (const QString& line : rowCounts(**db))
            QVERIFY2(!line.endsWith(QLatin1String(": 0")), qPrintable(line));
    }

    void theCopiedTablesAreTheSchemasTables() {
        // Independent of TableCopy: the catalog of a new file. A migration
        // that adds a table or a column must add it to TableCopy::tables().
        auto db = Database::open(path(QStringLiteral("schema.sqlite")));
        QVERIFY2(db, qPrintable(db.errorMessage()));
        QStringList fromCatalog = column(
            **db, QStringLiteral("SELECT m.name || '.' || p.name FROM sqlite_master m, "
                                 "pragma_table_info(m.name) p WHERE m.type = 'table' AND m.name "
                                 "NOT LIKE 'sqlite_%' AND m.name <> 'schema_version'"));
        fromCatalog.sort();
        QStringList copied;
        for (const CopiedTable& table : TableCopy::tables()) {
            for (const QString& name : table.columns)
                copied.append(table.name + QLatin1Char('.') + name);
        }
        copied.sort();
        QCOMPARE(copied, fromCatalog);
    }

    void pushThenPullGivesTheSameExportOfEveryOpening() {
        const auto server = pushedDemo(QStringLiteral("debrief_transfer_roundtrip"));
        QVERIFY(server);
        const QString pulled = path(QStringLiteral("pulled.sqlite"));
        const auto pull = runCli({QStringLiteral("server-pull"), QStringLiteral("--db"),
                                  server->display(), QStringLiteral("--to"), pulled});
        QVERIFY2(pull.exitCode == 0, qPrintable(pull.err));
        QVERIFY2(
            pull.out.contains(plural(QStringLiteral("Copied %1 opening").arg(m_openingIds.size()))),
            qPrintable(pull.out));
        QCOMPARE(permissionBits(pulled), QStringLiteral("600"));

        for (const QString& id : std::as_const(m_openingIds)) {
            const QByteArray original = exportJson(m_demo, id, QStringLiteral("original.json"));
            QVERIFY(original.size() > 1000);
            QCOMPARE(exportJson(server->display(), id, QStringLiteral("server.json")), original);
            QCOMPARE(exportJson(pulled, id, QStringLiteral("pulled.json")), original);
        }
        // Beyond what the exports show: every row of every table, ids and
        // the counters that number new rows (sqlite_sequence) included.
        QCOMPARE(dumpWithoutSchemaVersion(pulled), dumpWithoutSchemaVersion(m_demo));
    }

    void idsAreKeptSoEarlierScorecardPackagesStillImport() {
        // A panelist exported their scorecards from the file before the panel
        // moved to the server.
        QString panelistId;
        QString openingId;
        QString scorecardUuid;
        {
            auto db = Database::open(m_demo, Database::OpenMode::ReadOnly);
            QVERIFY2(db, qPrintable(db.errorMessage()));
            auto row = (*db)->exec(
                QStringLiteral("SELECT s.panelist_id, a.opening_id, s.uuid FROM scorecards s "
                               "JOIN interviews i ON i.id = s.interview_id "
                               "JOIN applications a ON a.id = i.application_id "
                               "WHERE s.status = 'submitted' ORDER BY s.id LIMIT 1"));
            QVERIFY(row && row->next());
            panelistId = row->value(0).toString();
            openingId = row->value(1).toString();
            scorecardUuid = row->value(2).toString();
        }
        const QString package = path(QStringLiteral("package.json"));
        const auto exported =
            runCli({QStringLiteral("export-scorecards"), QStringLiteral("--db"), m_demo,
                    QStringLiteral("--opening"), openingId, QStringLiteral("--panelist"),
                    panelistId, QStringLiteral("--out"), package});
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));

        const auto server = pushedDemo(QStringLiteral("debrief_transfer_packages"));
        QVERIFY(server);
        const QString pulled = path(QStringLiteral("packages.sqlite"));
        const auto pull = runCli({QStringLiteral("server-pull"), QStringLiteral("--db"),
                                  server->display(), QStringLiteral("--to"), pulled});
        QVERIFY2(pull.exitCode == 0, qPrintable(pull.err));

        // One of the cards never reached the lead: gone on both sides, it is
        // inserted from the package; the others are recognised as there.
        QVERIFY(PostgresServer::run(
            server->database,
            QStringLiteral("DELETE FROM scorecards WHERE uuid = '%1'").arg(scorecardUuid)));
        QVERIFY(runRawSql(
            pulled,
            {QStringLiteral("PRAGMA foreign_keys = ON"),
             QStringLiteral("DELETE FROM scorecards WHERE uuid = '%1'").arg(scorecardUuid)}));
        for (const QString& target : {server->display(), pulled}) {
            const auto imported = runCli(
                {QStringLiteral("import-scorecards"), QStringLiteral("--db"), target, package});
            QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
            QVERIFY2(imported.out.contains(QStringLiteral("inserted 1, unchanged ")),
                     qPrintable(imported.out));
            QVERIFY2(imported.out.contains(QStringLiteral(", conflicts 0")),
                     qPrintable(imported.out));
            QVERIFY2(!imported.out.contains(QStringLiteral("unchanged 0,")),
                     qPrintable(imported.out));
        }

        // Row ids are the file's; the server numbers new rows after the
        // highest id the file ever gave.
        auto file = Database::open(m_demo, Database::OpenMode::ReadOnly);
        QVERIFY(file);
        auto onServer = Database::openPostgres(*server);
        QVERIFY2(onServer, qPrintable(onServer.errorMessage()));
        const QString idsAndUuids = QStringLiteral("SELECT id || ' ' || uuid FROM applications "
                                                   "ORDER BY id");
        QCOMPARE(column(**onServer, idsAndUuids), column(**file, idsAndUuids));
        const QStringList used = column(
            **file, QStringLiteral("SELECT seq FROM sqlite_sequence WHERE name = 'openings'"));
        QCOMPARE(used.size(), 1);
        Opening opening;
        opening.title = QStringLiteral("Opened on the server");
        opening.createdAt = QDateTime(QDate(2026, 12, 7), QTime(9, 0), Qt::UTC);
        QVERIFY(OpeningRepository(**onServer).insert(opening));
        QCOMPARE(opening.id, used.constFirst().toLongLong() + 1);
    }

    void aTargetWithDataIsRefusedAndLeftAlone() {
        const auto server = pushedDemo(QStringLiteral("debrief_transfer_full"));
        QVERIFY(server);
        QStringList before;
        {
            auto db = Database::openPostgres(*server);
            QVERIFY2(db, qPrintable(db.errorMessage()));
            before = rowCounts(**db);
        }
        const QByteArray exportBefore =
            exportJson(server->display(), m_openingIds.constFirst(), QStringLiteral("full.json"));
        QVERIFY(!exportBefore.isEmpty());

        const auto again = runCli({QStringLiteral("server-push"), QStringLiteral("--db"), m_demo,
                                   QStringLiteral("--to"), server->display()});
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(
            again.err.contains(plural(QStringLiteral("already holds Debrief data \\(%1 opening")
                                          .arg(m_openingIds.size()))),
            qPrintable(again.err));
        QVERIFY2(again.err.contains(QStringLiteral("nothing was copied")), qPrintable(again.err));
        {
            auto db = Database::openPostgres(*server);
            QVERIFY2(db, qPrintable(db.errorMessage()));
            QCOMPARE(rowCounts(**db), before);
        }
        QCOMPARE(exportJson(server->display(), m_openingIds.constFirst(),
                            QStringLiteral("full-after.json")),
                 exportBefore);

        // A pull never writes over a file that holds anything.
        const QByteArray demoHash = fileHash(m_demo);
        const auto pull = runCli({QStringLiteral("server-pull"), QStringLiteral("--db"),
                                  server->display(), QStringLiteral("--to"), m_demo});
        QCOMPARE(pull.exitCode, 1);
        QVERIFY2(pull.err.contains(QStringLiteral("already exists and is not empty")),
                 qPrintable(pull.err));
        QCOMPARE(fileHash(m_demo), demoHash);
    }

    void aFailureHalfWayLeavesTheServerEmpty() {
        // A rating whose criterion is gone: SQLite keeps it when foreign keys
        // were off (another program wrote it); the server refuses it. Ratings
        // come after thousands of other rows.
        const QString broken = path(QStringLiteral("broken.sqlite"));
        QVERIFY(QFile::copy(m_demo, broken));
        QVERIFY(runRawSql(broken,
                          {QStringLiteral("INSERT INTO ratings (scorecard_id, criterion_id, score, "
                                          "evidence, sort_order) SELECT MAX(id), 999999, 3, '', 99 "
                                          "FROM scorecards")}));
        const auto address = PostgresServer::freshDatabase(QStringLiteral("debrief_transfer_fail"));
        QVERIFY(address);
        const auto pushed = runCli({QStringLiteral("server-push"), QStringLiteral("--db"), broken,
                                    QStringLiteral("--to"), address->display()});
        QCOMPARE(pushed.exitCode, 1);
        QVERIFY2(pushed.err.contains(QStringLiteral("table \"ratings\"")), qPrintable(pushed.err));
        auto db = Database::openPostgres(*address);
        QVERIFY2(db, qPrintable(db.errorMessage()));
        QVERIFY(dataTables(**db).size() >= TableCopy::tables().size());
        QCOMPARE(totalRows(**db), 0);
    }

    void aFileFromANewerDebriefIsRefused() {
        const QString newer = path(QStringLiteral("newer.sqlite"));
        QVERIFY(QFile::copy(m_demo, newer));
        QVERIFY(runRawSql(newer, {QStringLiteral("INSERT INTO schema_version (version, "
                                                 "description, applied_at) VALUES (999, "
                                                 "'from the future', '2030-01-01')")}));
        const auto address =
            PostgresServer::freshDatabase(QStringLiteral("debrief_transfer_newer"));
        QVERIFY(address);
        const auto pushed = runCli({QStringLiteral("server-push"), QStringLiteral("--db"), newer,
                                    QStringLiteral("--to"), address->display()});
        QCOMPARE(pushed.exitCode, 1);
        QVERIFY2(pushed.err.contains(QStringLiteral("newer version of Debrief")),
                 qPrintable(pushed.err));
        // Refused before the server was touched: not even the schema is there.
        QVERIFY(PostgresServer::run(address->database,
                                    QStringLiteral("CREATE TABLE openings (id BIGINT)")));
    }

    void aFailedPullLeavesNoFile() {
        const auto server = pushedDemo(QStringLiteral("debrief_transfer_extra"));
        QVERIFY(server);
        QVERIFY(PostgresServer::run(server->database,
                                    QStringLiteral("CREATE TABLE extra_notes (note TEXT)")));
        const QString target = path(QStringLiteral("never.sqlite"));
        const auto pull = runCli({QStringLiteral("server-pull"), QStringLiteral("--db"),
                                  server->display(), QStringLiteral("--to"), target});
        QCOMPARE(pull.exitCode, 1);
        QVERIFY2(pull.err.contains(QStringLiteral("cannot copy (extra_notes)")),
                 qPrintable(pull.err));
        QVERIFY(!QFile::exists(target));
        QVERIFY(!QFile::exists(target + QStringLiteral("-wal")));
    }

    void progressIsReportedAndCancelWritesNothing() {
        auto source = Database::open(m_demo, Database::OpenMode::ReadOnly);
        QVERIFY2(source, qPrintable(source.errorMessage()));
        const qint64 rows = totalRows(**source);
        auto target = Database::open(path(QStringLiteral("cancelled.sqlite")));
        QVERIFY2(target, qPrintable(target.errorMessage()));
        qint64 lastDone = 0;
        qint64 lastTotal = 0;
        auto copied = DatabaseTransfer::copy(**source, **target, [&](qint64 done, qint64 total) {
            if (done <= lastDone)
                return false; // never backwards
            lastDone = done;
            lastTotal = total;
            return done < rows / 2;
        });
        QVERIFY(!copied);
        QVERIFY2(copied.errorMessage().contains(QStringLiteral("cancelled")),
                 qPrintable(copied.errorMessage()));
        // Every row, then every opening compared.
        QCOMPARE(lastTotal, rows + m_openingIds.size());
        QVERIFY(lastDone >= rows / 2);
        QCOMPARE(totalRows(**target), 0);

        // Uncancelled, the same target takes the whole copy, and the last
        // report is the total.
        lastDone = 0;
        auto whole = DatabaseTransfer::copy(**source, **target, [&](qint64 done, qint64 total) {
            lastDone = done;
            lastTotal = total;
            return true;
        });
        QVERIFY2(whole, qPrintable(whole.errorMessage()));
        QCOMPARE(whole->rows, rows);
        QCOMPARE(whole->openings, qint64(m_openingIds.size()));
        QCOMPARE(lastDone, lastTotal);
        QCOMPARE(totalRows(**target), rows);
    }
};

QTEST_GUILESS_MAIN(TestServerTransfer)
#include "tst_servertransfer.moc"
