#include "RawConnection.h"
#include "storage/Database.h"
#include "storage/StatementCache.h"

#include <QTemporaryDir>
#include <QTest>

using debrief::Database;
using debrief::test::RawConnection;

namespace {

const QString kSelectFrom = QStringLiteral("SELECT n FROM scratch WHERE n >= ? ORDER BY n");
const QString kCount = QStringLiteral("SELECT COUNT(*) FROM scratch");
const QString kInsert = QStringLiteral("INSERT INTO scratch (n) VALUES (?)");

/// The first column of every row `sql` gives.
QList<int> column(Database& db, const QString& sql, const QVariantList& values = {}) {
    QList<int> numbers;
    auto query = db.exec(sql, values);
    if (!query)
        return {-1};
    while (query->next())
        numbers.append(query->value(0).toInt());
    return numbers;
}

/// A statement of its own for each `k` (the text differs, not a value).
QString numbered(int k) {
    return QStringLiteral("SELECT %1").arg(k);
}

} // namespace

/// Database compiles each SQL text once per connection and lends the
/// compiled statement out (SqlStatement): reuse, nested use of one text,
/// snapshots given back, errors, the bound on the cache, and schema changes
/// under cached statements, against real SQLite files.
class TestStatementCache : public QObject {
    Q_OBJECT

private slots:
    void init();
    void sameSqlIsCompiledOnce();
    void nestedRunsOfOneSelectEachReadTheirRows();
    void anotherConnectionsWriteIsSeenAfterwards();
    void errorNamesTheStatementNotTheValues();
    void wrongNumberOfValuesIsRefusedOnReuse();
    void leastRecentlyUsedStatementIsDroppedBeyondTheBound();
    void statementsSurviveTheirTableBeingAltered();
    void columnsAreFoundByNameInAnyOrder();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

void TestStatementCache::init() {
    m_db.reset();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto opened = Database::openSqlite(m_dir->filePath(QStringLiteral("cache.sqlite")));
    QVERIFY2(opened, qPrintable(opened.errorMessage()));
    m_db = std::move(*opened);
    QVERIFY(m_db->exec(QStringLiteral("CREATE TABLE scratch (n INTEGER NOT NULL UNIQUE)")));
    for (int n : {1, 2, 3}) {
        auto inserted = m_db->exec(kInsert, {n});
        QVERIFY2(inserted, qPrintable(inserted.errorMessage()));
    }
}

void TestStatementCache::sameSqlIsCompiledOnce() {
    const qint64 before = m_db->preparedStatementCount();
    QCOMPARE(column(*m_db, kSelectFrom, {2}), (QList<int>{2, 3}));
    QCOMPARE(m_db->preparedStatementCount(), before + 1);
    // Run again with another value: the same compiled statement, new rows.
    QCOMPARE(column(*m_db, kSelectFrom, {3}), (QList<int>{3}));
    QCOMPARE(column(*m_db, kSelectFrom, {1}), (QList<int>{1, 2, 3}));
    QCOMPARE(m_db->preparedStatementCount(), before + 1);
    // The INSERT of init() was compiled there and is reused here.
    QVERIFY(m_db->exec(kInsert, {4}));
    QCOMPARE(m_db->preparedStatementCount(), before + 1);
    QCOMPARE(column(*m_db, kCount), (QList<int>{4}));
    QCOMPARE(m_db->preparedStatementCount(), before + 2);
}

void TestStatementCache::nestedRunsOfOneSelectEachReadTheirRows() {
    // For each n, the n' >= n: (1,1) (1,2) (1,3) (2,2) (2,3) (3,3).
    const qint64 before = m_db->preparedStatementCount();
    QList<QPair<int, int>> pairs;
    auto outer = m_db->exec(kSelectFrom, {1});
    QVERIFY(outer);
    while (outer->next()) {
        const int n = outer->value(0).toInt();
        auto inner = m_db->exec(kSelectFrom, {n});
        QVERIFY(inner);
        while (inner->next())
            pairs.append({n, inner->value(0).toInt()});
    }
    const QList<QPair<int, int>> expected{{1, 1}, {1, 2}, {1, 3}, {2, 2}, {2, 3}, {3, 3}};
    QCOMPARE(pairs, expected);
    // Three inner runs while the outer one was lent: each compiled its own
    // statement, none replaced the cached one, which is free again now.
    const qint64 after = m_db->preparedStatementCount();
    QCOMPARE(after, before + 1 + 3);
    outer = m_db->exec(kCount);
    QCOMPARE(column(*m_db, kSelectFrom, {2}), (QList<int>{2, 3}));
    QCOMPARE(m_db->preparedStatementCount(), after + 1); // only kCount was new
}

void TestStatementCache::anotherConnectionsWriteIsSeenAfterwards() {
    // Read one row of three and let the statement go unfinished by the
    // caller: had it stayed open, it would keep this connection's read
    // snapshot, and the other connection's row would stay invisible.
    {
        auto first = m_db->exec(kSelectFrom, {1});
        QVERIFY(first && first->next());
        QCOMPARE(first->value(0).toInt(), 1);
    }
    RawConnection other(m_dir->filePath(QStringLiteral("cache.sqlite")));
    QVERIFY(other.isOpen());
    QVERIFY(other.exec(QStringLiteral("INSERT INTO scratch (n) VALUES (10)")));
    QCOMPARE(column(*m_db, kCount), (QList<int>{4}));
    QCOMPARE(column(*m_db, kSelectFrom, {3}), (QList<int>{3, 10}));
}

void TestStatementCache::errorNamesTheStatementNotTheValues() {
    const QString secret = QStringLiteral("987654321");
    // scratch.n is UNIQUE: 2 is there already.
    auto failed = m_db->exec(QStringLiteral("INSERT INTO scratch (n) VALUES (?)"), {2});
    QVERIFY(!failed);
    QVERIFY2(failed.error().message.contains(QLatin1String("INSERT INTO scratch (n) VALUES (?)")),
             qPrintable(failed.error().message));
    // length("987654321") - 7 = 2 again, from a value that must not show.
    auto refused =
        m_db->exec(QStringLiteral("INSERT INTO scratch (n) VALUES (length(?) - 7)"), {secret});
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.contains(QLatin1String("VALUES (length(?) - 7)")),
             qPrintable(refused.error().message));
    QVERIFY2(!refused.error().message.contains(secret), qPrintable(refused.error().message));
    // The failed statement still runs with good values afterwards.
    QVERIFY(m_db->exec(kInsert, {5}));
    QCOMPARE(column(*m_db, kSelectFrom, {4}), (QList<int>{5}));
}

void TestStatementCache::wrongNumberOfValuesIsRefusedOnReuse() {
    const QString two = QStringLiteral("SELECT n FROM scratch WHERE n >= ? AND n <= ?");
    QCOMPARE(column(*m_db, two, {1, 2}), (QList<int>{1, 2}));
    // One value short: an error as on first use, not the 2 left bound by
    // the run before.
    auto shortOfOne = m_db->exec(two, {2});
    QVERIFY(!shortOfOne);
    QCOMPARE(column(*m_db, two, {2, 3}), (QList<int>{2, 3}));
}

void TestStatementCache::leastRecentlyUsedStatementIsDroppedBeyondTheBound() {
    const int capacity = debrief::StatementCache::kCapacity;
    QCOMPARE(column(*m_db, numbered(0)), (QList<int>{0}));
    // A statement still being read when it leaves the cache reads on.
    auto held = m_db->exec(kSelectFrom, {1});
    QVERIFY(held && held->next());
    for (int k = 1; k <= capacity - 2; ++k)
        QCOMPARE(column(*m_db, numbered(k)), (QList<int>{k}));
    // The cache is full with exactly these, oldest first: 0, kSelectFrom,
    // 1 … capacity - 2 (what opening and init() compiled went before them).
    // Using 0 makes it the most recent.
    qint64 count = m_db->preparedStatementCount();
    QCOMPARE(column(*m_db, numbered(0)), (QList<int>{0}));
    QCOMPARE(m_db->preparedStatementCount(), count);
    // Three new texts push out the three least recently used: kSelectFrom
    // (still lent), 1 and 2.
    for (int k = capacity - 1; k <= capacity + 1; ++k)
        QCOMPARE(column(*m_db, numbered(k)), (QList<int>{k}));
    count = m_db->preparedStatementCount();
    QCOMPARE(column(*m_db, numbered(0)), (QList<int>{0}));
    QCOMPARE(column(*m_db, numbered(3)), (QList<int>{3}));
    QCOMPARE(column(*m_db, numbered(capacity + 1)), (QList<int>{capacity + 1}));
    QCOMPARE(m_db->preparedStatementCount(), count);
    QCOMPARE(column(*m_db, numbered(1)), (QList<int>{1}));
    QCOMPARE(m_db->preparedStatementCount(), count + 1);

    QCOMPARE(held->value(0).toInt(), 1);
    QVERIFY(held->next());
    QCOMPARE(held->value(0).toInt(), 2);
    QVERIFY(held->next());
    QCOMPARE(held->value(0).toInt(), 3);
    QVERIFY(!held->next());
}

void TestStatementCache::statementsSurviveTheirTableBeingAltered() {
    const QString all = QStringLiteral("SELECT * FROM scratch ORDER BY n");
    {
        auto before = m_db->exec(all);
        QVERIFY(before && before->next());
        QCOMPARE(before->record().count(), 1);
    }
    QCOMPARE(column(*m_db, kSelectFrom, {2}), (QList<int>{2, 3}));
    // A migration step adds a column under the cached statements …
    QVERIFY(m_db->exec(QStringLiteral("ALTER TABLE scratch ADD COLUMN label TEXT")));
    QVERIFY(m_db->exec(QStringLiteral("UPDATE scratch SET label = 'x' || n")));
    QCOMPARE(column(*m_db, kSelectFrom, {2}), (QList<int>{2, 3}));
    QVERIFY(m_db->exec(kInsert, {7}));
    // … and another rebuilds the table, SQLite's way to change a column.
    // Read one row and leave the rest: DROP TABLE is refused while a
    // statement still reads the table, so the lent one must be finished.
    {
        auto one = m_db->exec(kSelectFrom, {1});
        QVERIFY(one && one->next());
    }
    for (const char* step :
         {"CREATE TABLE scratch_new (n INTEGER NOT NULL UNIQUE, label TEXT NOT NULL DEFAULT '')",
          "INSERT INTO scratch_new (n, label) SELECT n, COALESCE(label, '') FROM scratch",
          "DROP TABLE scratch", "ALTER TABLE scratch_new RENAME TO scratch"}) {
        auto done = m_db->exec(QLatin1String(step));
        QVERIFY2(done, qPrintable(done.errorMessage()));
    }
    QCOMPARE(column(*m_db, kSelectFrom, {3}), (QList<int>{3, 7}));
    QVERIFY(m_db->exec(kInsert, {8}));
    QCOMPARE(column(*m_db, kCount), (QList<int>{5}));
    // A select of `*` has the new column: it is compiled afresh every time.
    const qint64 count = m_db->preparedStatementCount();
    auto after = m_db->exec(all);
    QVERIFY2(after, qPrintable(after.errorMessage()));
    QCOMPARE(m_db->preparedStatementCount(), count + 1);
    QVERIFY(after->next());
    QCOMPARE(after->record().count(), 2);
    QCOMPARE(after->value(QStringLiteral("label")).toString(), QStringLiteral("x1"));
}

void TestStatementCache::columnsAreFoundByNameInAnyOrder() {
    QVERIFY(m_db->exec(QStringLiteral("ALTER TABLE scratch ADD COLUMN label TEXT")));
    QVERIFY(m_db->exec(QStringLiteral("UPDATE scratch SET label = 'x' || n")));
    auto query = m_db->exec(QStringLiteral("SELECT label, n FROM scratch ORDER BY n DESC"));
    QVERIFY(query);
    QStringList read;
    while (query->next()) {
        // As SqlRow reads a record: by name, in its own order.
        const int n = query->columnIndex("n");
        const int label = query->columnIndex("label");
        QCOMPARE(n, 1);
        QCOMPARE(label, 0);
        QCOMPARE(query->columnIndex("missing"), -1);
        read.append(query->value(n).toString() + query->value(label).toString());
    }
    QCOMPARE(read,
             (QStringList{QStringLiteral("3x3"), QStringLiteral("2x2"), QStringLiteral("1x1")}));
}

QTEST_GUILESS_MAIN(TestStatementCache)
#include "tst_statementcache.moc"
