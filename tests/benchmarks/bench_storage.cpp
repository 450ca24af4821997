#include "BenchArguments.h"
#include "domain/Candidate.h"
#include "storage/CandidateRepository.h"
#include "storage/Database.h"
#include "storage/TransactionGuard.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <ctime>

using namespace debrief;

namespace {

/// Rows per iteration; `--rows N` before Qt Test's own options.
int g_rows = 10000;

/// The statement CandidateRepository's RecordTable builds for an insert.
const QString kInsertSql = QStringLiteral(
    "INSERT INTO candidates (uuid, full_name, preferred_name, email, phone, location, source, "
    "notes, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id");

/// What the repository binds for `c` (its uuid and stamp already set, no
/// text null).
QVariantList boundValues(const Candidate& c) {
    return {c.uuid.toString(QUuid::WithoutBraces),
            c.fullName,
            c.preferredName,
            c.email,
            c.phone,
            c.location,
            c.source,
            c.notes,
            c.createdAt.toString(Qt::ISODateWithMs)};
}

} // namespace

/// What one statement costs in the storage layer (docs/BENCHMARKS.md): inserting
/// candidate rows through CandidateRepository, whose statements Database
/// compiles once, against two baselines in the same run on the same file:
/// today's cost before the statement cache (a new QSqlQuery prepared for
/// every row) and the floor (one prepared QSqlQuery, rebound per row). And
/// the batch insert of a CSV import bound through the SQLite library, with
/// the same bound through Qt's driver as its baseline.
/// Every iteration inserts the same rows in one transaction and rolls it
/// back, so the table is empty each time.
class BenchStorage : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void insertThroughRepository();
    void insertFreshQueryPerRow();
    void insertOnePreparedQuery();
    void insertAllBoundThroughSqlite();
    void insertAllBoundThroughQt();

private:
    /// CandidateRepository::insertAll, a hundred rows to a statement, with
    /// the values bound through the SQLite library or through Qt's driver.
    void timeInsertAll(bool direct);

    /// Runs `insertAll` in a transaction that is rolled back, checking that
    /// it inserted every row.
    template <typename InsertAll> void timeInTransaction(InsertAll insertAll);

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    QList<Candidate> m_rows;
};

void BenchStorage::initTestCase() {
    QVERIFY(m_dir.isValid());
    auto opened = Database::openSqlite(m_dir.filePath(QStringLiteral("bench.sqlite")));
    QVERIFY2(opened, qPrintable(opened.errorMessage()));
    m_db = std::move(*opened);
    const QDateTime created(QDate(2026, 11, 20), QTime(9, 0), Qt::UTC);
    m_rows.reserve(g_rows);
    for (int i = 0; i < g_rows; ++i) {
        Candidate c;
        c.uuid = QUuid::createUuid();
        c.fullName = QStringLiteral("Candidate %1").arg(i);
        c.preferredName = QStringLiteral("C%1").arg(i);
        c.email = QStringLiteral("candidate%1@example.org").arg(i);
        c.phone = QStringLiteral("+49 30 %1").arg(1000000 + i);
        c.location = QStringLiteral("Berlin");
        c.source = QStringLiteral("Job board");
        c.notes = QStringLiteral("Applied through the careers page");
        c.createdAt = created.addSecs(i);
        m_rows.append(c);
    }
}

template <typename InsertAll> void BenchStorage::timeInTransaction(InsertAll insertAll) {
    // Processor time as well: on a shared machine it moves far less than
    // wall time with whatever else runs.
    int iterations = 0;
    const std::clock_t start = std::clock();
    QBENCHMARK {
        TransactionGuard tx(*m_db);
        QVERIFY(tx.begun());
        QCOMPARE(insertAll(), g_rows);
        ++iterations;
        // tx rolls back: every iteration starts from an empty table.
    }
    qInfo("cpu: %.1f ms per iteration",
          1000.0 * double(std::clock() - start) / CLOCKS_PER_SEC / std::max(iterations, 1));
    auto left = m_db->exec(QStringLiteral("SELECT COUNT(*) FROM candidates"));
    QVERIFY(left && left->next());
    QCOMPARE(left->value(0).toInt(), 0);
}

void BenchStorage::insertThroughRepository() {
    CandidateRepository candidates(*m_db);
    const qint64 compiledBefore = m_db->preparedStatementCount();
    timeInTransaction([&] {
        int inserted = 0;
        for (const Candidate& row : std::as_const(m_rows)) {
            Candidate c = row;
            if (candidates.insert(c))
                ++inserted;
        }
        return inserted;
    });
    // The INSERT was compiled at most once, however many rows and runs.
    QVERIFY(m_db->preparedStatementCount() - compiledBefore <= 2);
}

void BenchStorage::insertFreshQueryPerRow() {
    timeInTransaction([&] {
        int inserted = 0;
        for (const Candidate& row : std::as_const(m_rows)) {
            QSqlQuery query(m_db->connection());
            if (!query.prepare(kInsertSql))
                break;
            for (const QVariant& value : boundValues(row))
                query.addBindValue(value);
            if (query.exec() && query.next() && query.value(0).toLongLong() > 0)
                ++inserted;
        }
        return inserted;
    });
}

void BenchStorage::insertOnePreparedQuery() {
    timeInTransaction([&] {
        int inserted = 0;
        QSqlQuery query(m_db->connection());
        query.setForwardOnly(true);
        if (!query.prepare(kInsertSql))
            return 0;
        for (const Candidate& row : std::as_const(m_rows)) {
            const QVariantList values = boundValues(row);
            for (int i = 0; i < values.size(); ++i)
                query.bindValue(i, values.at(i));
            if (query.exec() && query.next() && query.value(0).toLongLong() > 0)
                ++inserted;
            query.finish();
        }
        return inserted;
    });
}

void BenchStorage::timeInsertAll(bool direct) {
    CandidateRepository candidates(*m_db);
    m_db->setFetchDirectly(direct);
    QCOMPARE(m_db->fetchesDirectly(), direct);
    timeInTransaction([&] {
        QList<Candidate> rows = m_rows;
        if (!candidates.insertAll(rows))
            return 0;
        return int(
            std::count_if(rows.cbegin(), rows.cend(), [](const Candidate& c) { return c.id > 0; }));
    });
    m_db->setFetchDirectly(true);
}

void BenchStorage::insertAllBoundThroughSqlite() {
    timeInsertAll(true);
}

void BenchStorage::insertAllBoundThroughQt() {
    timeInsertAll(false);
}

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments();
    if (!debrief::bench::takePositiveOption(args, QStringLiteral("--rows"), g_rows))
        return 2;
    BenchStorage bench;
    return QTest::qExec(&bench, args);
}

#include "bench_storage.moc"
