// Debrief on a shared panel server: the --db value that names a server, the
// connection, the migration chain and the repositories on a real PostgreSQL
// server that ctest starts on loopback (scripts/pg-test-server). The
// reference for the schema is the same migration chain on an SQLite file in
// the same test; stored values are compared with what was written.

#include "PostgresServer.h"

#include "domain/Application.h"
#include "domain/Candidate.h"
#include "domain/Opening.h"
#include "storage/ApplicationRepository.h"
#include "storage/CandidateRepository.h"
#include "storage/Database.h"
#include "storage/Migration.h"
#include "storage/OpeningRepository.h"
#include "storage/ServerAddress.h"

#include <QDir>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace debrief;
using debrief::test::PostgresServer;

namespace {

/// The tables (and their columns) of a database, as "table.column".
QStringList columnsOf(Database& db) {
    const QString sql =
        db.dialect() == SqlDialect::PostgreSql
            ? QStringLiteral("SELECT table_name || '.' || column_name FROM "
                             "information_schema.columns WHERE table_schema = 'public'")
            : QStringLiteral(
                  "SELECT m.name || '.' || p.name FROM sqlite_master m, "
                  "pragma_table_info(m.name) p WHERE m.type IN ('table', 'view') AND m.name NOT "
                  "LIKE 'sqlite_%'");
    auto query = db.exec(sql);
    QStringList columns;
    while (query && query->next())
        columns.append(query->value(0).toString());
    columns.sort();
    return columns;
}

QStringList indexesOf(Database& db) {
    const QString sql = db.dialect() == SqlDialect::PostgreSql
                            ? QStringLiteral("SELECT indexname FROM pg_indexes WHERE schemaname = "
                                             "'public' AND indexname NOT LIKE '%_pkey' AND "
                                             "indexname NOT LIKE '%_key'")
                            : QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'index' "
                                             "AND name NOT LIKE 'sqlite_autoindex_%'");
    auto query = db.exec(sql);
    QStringList names;
    while (query && query->next())
        names.append(query->value(0).toString());
    names.sort();
    return names;
}

} // namespace

class TestPostgresStorage : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    std::unique_ptr<Database> openFresh(const QString& name) {
        const auto address = PostgresServer::freshDatabase(name);
        if (!address)
            return nullptr;
        auto db = Database::openPostgres(*address, Database::OpenMode::CreateIfMissing);
        if (!db) {
            qWarning("%s", qPrintable(db.errorMessage()));
            return nullptr;
        }
        return std::move(db).value();
    }

private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        QVERIFY2(PostgresServer::admin(), "the test server is not running");
    }

    void readsServerAddresses_data() {
        QTest::addColumn<QString>("uri");
        QTest::addColumn<QString>("problem");
        QTest::addColumn<QString>("display");
        QTest::newRow("full") << "postgresql://priya@db.example.org:6543/panel?sslmode=verify-full"
                              << ""
                              << "postgresql://priya@db.example.org:6543/panel?sslmode=verify-full";
        QTest::newRow("default port and mode") << "postgres://priya@db/panel"
                                               << ""
                                               << "postgresql://priya@db:5432/panel?sslmode=prefer";
        QTest::newRow("password kept out of the display")
            << "postgresql://priya:s3cret@db/panel"
            << ""
            << "postgresql://priya@db:5432/panel?sslmode=prefer";
        QTest::newRow("CA file")
            << "postgresql://p@db/x?sslmode=verify-ca&sslrootcert=/etc/ca.pem"
            << ""
            << "postgresql://p@db:5432/x?sslmode=verify-ca&sslrootcert=/etc/ca.pem";
        QTest::newRow("no user") << "postgresql://db/panel"
                                 << "names no user"
                                 << "";
        QTest::newRow("no database") << "postgresql://p@db/"
                                     << "names no database"
                                     << "";
        QTest::newRow("no host") << "postgresql://p@/panel"
                                 << "names no host"
                                 << "";
        QTest::newRow("bad mode") << "postgresql://p@db/x?sslmode=maybe"
                                  << "sslmode must be"
                                  << "";
        QTest::newRow("unknown option") << "postgresql://p@db/x?timeout=3"
                                        << "option “timeout”"
                                        << "";
        QTest::newRow("port 0") << "postgresql://p@db:0/x"
                                << "port 0"
                                << "";
    }

    void readsServerAddresses() {
        QFETCH(QString, uri);
        QFETCH(QString, problem);
        QFETCH(QString, display);
        QVERIFY(ServerAddress::isServerUri(uri));
        auto address = ServerAddress::parse(uri);
        if (problem.isEmpty()) {
            QVERIFY2(address, qPrintable(address.errorMessage()));
            QCOMPARE(address->display(), display);
        } else {
            QVERIFY(!address);
            QVERIFY2(address.errorMessage().contains(problem), qPrintable(address.errorMessage()));
            // The message never shows a password.
            QVERIFY(!address.errorMessage().contains(QStringLiteral("s3cret")));
        }
    }

    void aServerAddressIsNeverAFile() {
        // Whether the server cannot be reached or the address is malformed,
        // nothing is created where a file of that name would go.
        const QString before = QDir::currentPath();
        QVERIFY(QDir::setCurrent(m_dir.path()));
        const QStringList locations{
            QStringLiteral("postgresql://nobody@127.0.0.1:1/x?sslmode=disable"),
            QStringLiteral("postgresql:panel.sqlite"),
            QStringLiteral("POSTGRES://nobody@127.0.0.1:1/x")};
        for (const QString& location : locations) {
            auto db = Database::open(location);
            QVERIFY(!db);
            QVERIFY2(!db.errorMessage().isEmpty(), qPrintable(location));
        }
        QVERIFY(QDir::setCurrent(before));
        QCOMPARE(QDir(m_dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot),
                 QStringList());
        QVERIFY(!ServerAddress::isServerUri(QStringLiteral("postgresql.sqlite")));
        QVERIFY(!ServerAddress::isServerUri(QStringLiteral("/home/p/postgresql:x")));
    }

    void migratesAnEmptyDatabaseLikeAFile() {
        auto server = openFresh(QStringLiteral("debrief_migrate"));
        QVERIFY(server);
        QCOMPARE(server->dialect(), SqlDialect::PostgreSql);
        QCOMPARE(server->schemaVersion(), latestSchemaVersion());
        auto file = Database::openSqlite(m_dir.filePath(QStringLiteral("reference.sqlite")));
        QVERIFY(file);
        QCOMPARE(columnsOf(*server), columnsOf(**file));
        QCOMPARE(indexesOf(*server), indexesOf(**file));
        QVERIFY(columnsOf(*server).contains(QStringLiteral("candidates.search_key")));
        // Opened again: nothing to do, every step recorded once.
        const auto address =
            PostgresServer::admin()->withDatabase(QStringLiteral("debrief_migrate"));
        server.reset();
        auto again = Database::open(address.display());
        QVERIFY2(again, qPrintable(again.errorMessage()));
        auto steps =
            (*again)->exec(QStringLiteral("SELECT COUNT(*), MAX(version) FROM schema_version"));
        QVERIFY(steps && steps->next());
        QCOMPARE(steps->value(0).toInt(), latestSchemaVersion());
        QCOMPARE(steps->value(1).toInt(), latestSchemaVersion());
    }

    void repositoriesStoreAndReadBack() {
        auto db = openFresh(QStringLiteral("debrief_repositories"));
        QVERIFY(db);
        Opening opening;
        opening.title = QStringLiteral("Backend Engineer");
        opening.createdAt = QDateTime(QDate(2026, 12, 7), QTime(9, 30), Qt::UTC);
        QVERIFY(OpeningRepository(*db).insert(opening));
        QVERIFY(opening.id != kNoRow);
        auto back = OpeningRepository(*db).get(opening.id);
        QVERIFY2(back, qPrintable(back.errorMessage()));
        QCOMPARE(back->title, opening.title);
        QCOMPARE(back->createdAt, opening.createdAt);

        Candidate single;
        single.fullName = QStringLiteral("Zoë Ørsted");
        single.email = QStringLiteral("zoe@example.org");
        QVERIFY(CandidateRepository(*db).insert(single));
        QList<Candidate> batch;
        for (int i = 0; i < 250; ++i) {
            Candidate c;
            c.fullName = QStringLiteral("Person %1").arg(i);
            c.email = QStringLiteral("p%1@example.org").arg(i);
            c.createdAt = QDateTime(QDate(2026, 11, 1 + i % 28), QTime(8, i % 60), Qt::UTC);
            batch.append(c);
        }
        QVERIFY(CandidateRepository(*db).insertAll(batch));
        // Ids from the server's sequence: all new, all different, after the
        // single insert's.
        QSet<RowId> ids{single.id};
        for (const Candidate& c : std::as_const(batch)) {
            QVERIFY(c.id > single.id);
            ids.insert(c.id);
        }
        QCOMPARE(ids.size(), 251);
        for (qsizetype i = 0; i < batch.size(); i += 37) {
            auto stored = CandidateRepository(*db).get(batch[i].id);
            QVERIFY2(stored, qPrintable(stored.errorMessage()));
            QCOMPARE(stored->fullName, batch[i].fullName);
            QCOMPARE(stored->email, batch[i].email);
            QCOMPARE(stored->createdAt, batch[i].createdAt);
            QCOMPARE(stored->uuid, batch[i].uuid);
        }
        QList<Application> applications;
        for (const Candidate& c : std::as_const(batch)) {
            Application a;
            a.candidateId = c.id;
            a.openingId = opening.id;
            a.appliedOn = c.createdAt.date();
            applications.append(a);
        }
        QVERIFY(ApplicationRepository(*db).insertAll(applications));
        auto listed = ApplicationRepository(*db).forOpening(opening.id);
        QVERIFY2(listed, qPrintable(listed.errorMessage()));
        QCOMPARE(listed->size(), applications.size());
        // The unique e-mail key holds on the server too (case and spaces
        // folded), and a refused batch stores nothing.
        QList<Candidate> repeat{batch.first()};
        repeat.first().id = kNoRow;
        repeat.first().uuid = {};
        repeat.first().email = QStringLiteral("  P0@EXAMPLE.ORG ");
        QVERIFY(!CandidateRepository(*db).insertAll(repeat));
        auto count = db->exec(QStringLiteral("SELECT COUNT(*) FROM candidates"));
        QVERIFY(count && count->next());
        QCOMPARE(count->value(0).toInt(), 251);
    }

    void readOnlyRefusesWrites() {
        QVERIFY(openFresh(QStringLiteral("debrief_readonly")));
        const auto address =
            PostgresServer::admin()->withDatabase(QStringLiteral("debrief_readonly"));
        auto reader = Database::openPostgres(address, Database::OpenMode::ReadOnly);
        QVERIFY2(reader, qPrintable(reader.errorMessage()));
        Opening opening;
        opening.title = QStringLiteral("Never stored");
        QVERIFY(!OpeningRepository(**reader).insert(opening));
        auto count = (*reader)->exec(QStringLiteral("SELECT COUNT(*) FROM openings"));
        QVERIFY(count && count->next());
        QCOMPARE(count->value(0).toInt(), 0);
    }

    void unknownDatabaseIsExplained() {
        const auto address = PostgresServer::admin()->withDatabase(QStringLiteral("no_such_db"));
        auto db = Database::open(address.display());
        QVERIFY(!db);
        QVERIFY2(db.errorMessage().contains(QStringLiteral("has no database “no_such_db”")),
                 qPrintable(db.errorMessage()));
    }
};

QTEST_GUILESS_MAIN(TestPostgresStorage)
#include "tst_postgresstorage.moc"
