#include "CrowdedDemo.h"
#include "DatabaseDump.h"
#include "TestDatabase.h"

#include "domain/Application.h"
#include "domain/Candidate.h"
#include "privacy/Anonymiser.h"
#include "storage/ApplicationRepository.h"
#include "storage/CandidateRepository.h"
#include "storage/CandidateSearchKey.h"
#include "storage/Database.h"
#include "storage/Migration.h"
#include "storage/PipelineQuery.h"

#include <QHash>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace debrief;

namespace {

const QDate kToday(2026, 11, 20);

/// Application ids of every match of `filter`, read page by page.
QList<RowId> allPages(PipelineQuery& query, RowId opening, const PipelineFilter& filter,
                      int pageSize) {
    QList<RowId> ids;
    for (int offset = 0;; offset += pageSize) {
        auto page = query.page(opening, filter, offset, pageSize);
        if (!page || page->isEmpty())
            return ids;
        for (const PipelineRow& row : *page)
            ids.append(row.applicationId);
    }
}

} // namespace

/// The stored, case-folded search key of candidates (migration 8,
/// CandidateSearchKey) and the candidate page query that searches it: the
/// demo's debrief opening (seed 1) with 300 extra candidates, plus a few
/// with non-ASCII names, wildcards in their addresses, and a name whose end
/// and address's start would together match a search.
class TestCandidateSearch : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void keyIsTheFoldedNameAndAddress();
    void everyWriterKeepsTheKey();
    void upgradeFromSchema7ComputesTheKey();
    void searchFoldsUnicodeCase();
    void searchDoesNotSpanNameAndAddress();
    void wildcardsInAddressesAreLiteral();
    void asciiSearchMatchesWhatItMatchedBefore_data();
    void asciiSearchMatchesWhatItMatchedBefore();
    void countsAreThoseOfEachRowOnEveryPage_data();
    void countsAreThoseOfEachRowOnEveryPage();
    void everyForeignKeyLeadsAnIndex();

private:
    RowId add(const QString& name, const QString& email);
    QList<RowId> matches(const QString& search);
    /// The stored key of every candidate, read by SQL of this test's own.
    QHash<RowId, std::pair<QString, QString>> storedKeys();

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    RowId m_opening = kNoRow;
    RowId m_ann = kNoRow;
};

RowId TestCandidateSearch::add(const QString& name, const QString& email) {
    Candidate c;
    c.fullName = name;
    c.email = email;
    if (!CandidateRepository(*m_db).insert(c))
        qFatal("cannot add a candidate");
    Application a;
    a.candidateId = c.id;
    a.openingId = m_opening;
    a.appliedOn = kToday;
    if (!ApplicationRepository(*m_db).insert(a))
        qFatal("cannot add an application");
    return c.id;
}

void TestCandidateSearch::initTestCase() {
    QVERIFY(m_dir.isValid());
    auto db = test::TestDatabase::open(m_dir.filePath(QStringLiteral("search.sqlite")));
    QVERIFY2(db, qPrintable(db.errorMessage()));
    m_db = std::move(db).value();
    auto opening = test::writeCrowdedDemo(*m_db, kToday, 300);
    QVERIFY2(opening, qPrintable(opening.errorMessage()));
    m_opening = *opening;
    add(QStringLiteral("ZOË Ångström"), QStringLiteral("Zoe.Angstrom@Example.ORG"));
    // The same name written decomposed: e + combining diaeresis.
    add(QStringLiteral("Noe\u0308l Fabre"), QStringLiteral("noel.fabre@example.org"));
    m_ann = add(QStringLiteral("Ann Lee"), QStringLiteral("x.ray@example.org"));
    add(QStringLiteral("Pat Percent"), QStringLiteral("100%pat@example.org"));
    add(QStringLiteral("Pat Hundred"), QStringLiteral("100xpat@example.org"));
    add(QStringLiteral("Pat Under"), QStringLiteral("pat_x@example.org"));
    add(QStringLiteral("Pat Plain"), QStringLiteral("patax@example.org"));
}

QList<RowId> TestCandidateSearch::matches(const QString& search) {
    PipelineQuery query(*m_db);
    PipelineFilter filter;
    filter.search = search;
    const QList<RowId> ids = allPages(query, m_opening, filter, 200);
    auto counted = query.count(m_opening, filter);
    if (!counted || *counted != ids.size())
        qFatal("the count differs from the pages");
    return ids;
}

QHash<RowId, std::pair<QString, QString>> TestCandidateSearch::storedKeys() {
    QHash<RowId, std::pair<QString, QString>> keys;
    auto rows =
        m_db->exec(QStringLiteral("SELECT id, full_name, email, search_key FROM candidates"));
    if (!rows)
        qFatal("cannot read the keys");
    while (rows->next()) {
        keys.insert(rows->value(0).toLongLong(),
                    {CandidateSearchKey::of(rows->value(1).toString(), rows->value(2).toString()),
                     rows->value(3).toString()});
    }
    return keys;
}

void TestCandidateSearch::keyIsTheFoldedNameAndAddress() {
    // Written out by hand: every letter lower-cased, accents kept, the
    // two parts on two lines.
    QCOMPARE(CandidateSearchKey::of(QStringLiteral("ZOË Ångström"),
                                    QStringLiteral("Zoe.Angstrom@Example.ORG")),
             QStringLiteral("zoë ångström\nzoe.angstrom@example.org"));
    // Composed first, so "e" + U+0308 is the one letter "ë".
    QCOMPARE(CandidateSearchKey::fold(QStringLiteral("NOE\u0308L")), QStringLiteral("noël"));
    // Case folding, not lower-casing: final sigma folds to sigma.
    QCOMPARE(CandidateSearchKey::fold(QStringLiteral("ΟΔΥΣΣΕΥΣ")),
             CandidateSearchKey::fold(QStringLiteral("οδυσσευς")));
    QCOMPARE(CandidateSearchKey::fold(QStringLiteral("οδυσσευς")), QStringLiteral("οδυσσευσ"));
    QCOMPARE(CandidateSearchKey::of({}, {}), QStringLiteral("\n"));
}

void TestCandidateSearch::everyWriterKeepsTheKey() {
    // The demo generator and CandidateRepository::insert wrote every row.
    auto keys = storedKeys();
    QVERIFY(keys.size() > 300);
    for (auto it = keys.cbegin(); it != keys.cend(); ++it)
        QCOMPARE(it->second, it->first);

    // An update through the repository rewrites it.
    CandidateRepository candidates(*m_db);
    const RowId annId = m_ann;
    auto ann = candidates.get(annId);
    QVERIFY(ann);
    ann->fullName = QStringLiteral("Ann Ørsted");
    ann->email = QStringLiteral("ANN.ORSTED@example.org");
    QVERIFY(candidates.update(*ann));
    QCOMPARE(storedKeys().value(annId).second,
             QStringLiteral("ann ørsted\nann.orsted@example.org"));

    // Anonymising replaces the name by a placeholder and empties the
    // address: the key follows.
    auto done = Anonymiser(*m_db).anonymise(
        {annId}, QStringLiteral("test"), QStringLiteral("tester"), QDateTime::currentDateTimeUtc());
    QVERIFY2(done, qPrintable(done.errorMessage()));
    QCOMPARE(done->candidates, 1);
    QCOMPARE(storedKeys().value(annId).second,
             CandidateSearchKey::fold(Anonymiser::placeholderName(annId)) + QLatin1Char('\n'));
    QVERIFY(matches(QStringLiteral("ørsted")).isEmpty());

    // Put Ann back for the other cases.
    ann->fullName = QStringLiteral("Ann Lee");
    ann->email = QStringLiteral("x.ray@example.org");
    ann->rowVersion = candidates.get(annId).value().rowVersion; // erasing wrote the row
    QVERIFY(candidates.update(*ann));
}

void TestCandidateSearch::upgradeFromSchema7ComputesTheKey() {
    DEBRIEF_SQLITE_ONLY("a file schema 7 wrote");
    QVERIFY(latestSchemaVersion() >= 8);
    QStringList statements = test::schemaUpTo(7);
    statements += {
        QStringLiteral("INSERT INTO candidates (id, uuid, full_name, email, created_at) VALUES "
                       "(1, '0f000000-0000-4000-8000-000000000001', 'ÉLODIE Marchand', "
                       "'Elodie@Example.org', '2025-01-01T00:00:00.000Z')"),
        QStringLiteral("INSERT INTO candidates (id, uuid, full_name, email, created_at) VALUES "
                       "(2, '0f000000-0000-4000-8000-000000000002', 'Ben Novak', '', "
                       "'2025-01-01T00:00:00.000Z')"),
    };
    const QString path = m_dir.filePath(QStringLiteral("v7.sqlite"));
    QVERIFY(test::runRawSql(path, statements));
    auto opened = test::TestDatabase::open(path, Database::OpenMode::MustExist);
    QVERIFY2(opened, qPrintable(opened.errorMessage()));
    QCOMPARE((*opened)->schemaVersion(), latestSchemaVersion());
    auto keys = (*opened)->exec(QStringLiteral("SELECT search_key FROM candidates ORDER BY id"));
    QVERIFY(keys);
    QVERIFY(keys->next());
    QCOMPARE(keys->value(0).toString(), QStringLiteral("élodie marchand\nelodie@example.org"));
    QVERIFY(keys->next());
    QCOMPARE(keys->value(0).toString(), QStringLiteral("ben novak\n"));
}

void TestCandidateSearch::searchFoldsUnicodeCase() {
    const QList<RowId> zoe = matches(QStringLiteral("zoë å"));
    QCOMPARE(zoe.size(), 1);
    QCOMPARE(matches(QStringLiteral("ZOË Å")), zoe);
    QCOMPARE(matches(QStringLiteral("ångSTRÖM")), zoe);
    QCOMPARE(matches(QStringLiteral("zoe.ANGSTROM@")), zoe);
    // Accents are letters of their own, as before: "zoe " is not "zoë ".
    QVERIFY(matches(QStringLiteral("zoe ang")).isEmpty());
    // Composed or decomposed, typed or stored: the same letter.
    const QList<RowId> noel = matches(QStringLiteral("NOËL FA"));
    QCOMPARE(noel.size(), 1);
    QCOMPARE(matches(QStringLiteral("noe\u0308l f")), noel);
}

void TestCandidateSearch::searchDoesNotSpanNameAndAddress() {
    QCOMPARE(matches(QStringLiteral("ann lee")).size(), 1);
    QCOMPARE(matches(QStringLiteral("x.ray@")).size(), 1);
    QVERIFY(matches(QStringLiteral("lee x.ray")).isEmpty());
    QVERIFY(matches(QStringLiteral("leex.ray")).isEmpty());
}

void TestCandidateSearch::wildcardsInAddressesAreLiteral() {
    // Unescaped, "0%p" would also match "100xpat", "t_x" "patax", and "0_p"
    // both.
    QCOMPARE(matches(QStringLiteral("0%p")).size(), 1);
    QCOMPARE(matches(QStringLiteral("t_x")).size(), 1);
    QCOMPARE(matches(QStringLiteral("0xp")).size(), 1);
    QVERIFY(matches(QStringLiteral("0_p")).isEmpty());
}

void TestCandidateSearch::asciiSearchMatchesWhatItMatchedBefore_data() {
    QTest::addColumn<QString>("search");
    for (const char* search : {"m", "ma", "MAR", "son", "a.", "@example", ".com", "pat", "e a"})
        QTest::newRow(search) << QString::fromLatin1(search);
}

void TestCandidateSearch::asciiSearchMatchesWhatItMatchedBefore() {
    // The reference is the rule as it was before the key: the search
    // anywhere in the name or in the address, ASCII case ignored.
    QFETCH(QString, search);
    auto everyone = PipelineQuery(*m_db).rowsForOpening(m_opening);
    QVERIFY(everyone);
    QSet<RowId> expected;
    for (const PipelineRow& row : *everyone) {
        if (row.candidateName.toLower().contains(search.toLower()) ||
            row.email.toLower().contains(search.toLower()))
            expected.insert(row.applicationId);
    }
    const QList<RowId> found = matches(search);
    QCOMPARE(QSet<RowId>(found.cbegin(), found.cend()), expected);
    QCOMPARE(found.size(), expected.size());
    QVERIFY(!expected.isEmpty());
}

void TestCandidateSearch::countsAreThoseOfEachRowOnEveryPage_data() {
    QTest::addColumn<int>("sortKey");
    QTest::addColumn<bool>("descending");
    for (int key = 0; key <= static_cast<int>(PipelineSortKey::Scorecards); ++key) {
        QTest::addRow("key %d, descending", key) << key << true;
        QTest::addRow("key %d, ascending", key) << key << false;
    }
}

void TestCandidateSearch::countsAreThoseOfEachRowOnEveryPage() {
    QFETCH(int, sortKey);
    QFETCH(bool, descending);
    // The reference: each application's interviews and submitted
    // scorecards, counted one by one.
    QHash<RowId, std::pair<int, int>> reference;
    auto counted = m_db->exec(
        QStringLiteral(
            "SELECT a.id, (SELECT COUNT(*) FROM interviews WHERE application_id = a.id), "
            "(SELECT COUNT(*) FROM scorecards WHERE status = 'submitted' AND "
            "interview_id IN (SELECT id FROM interviews WHERE application_id = a.id)) "
            "FROM applications a WHERE a.opening_id = ?"),
        {m_opening});
    QVERIFY(counted);
    int withScorecards = 0;
    while (counted->next()) {
        reference.insert(counted->value(0).toLongLong(),
                         {counted->value(1).toInt(), counted->value(2).toInt()});
        withScorecards += counted->value(2).toInt() > 0 ? 1 : 0;
    }
    QVERIFY(withScorecards >= 3);

    PipelineQuery query(*m_db);
    PipelineFilter filter;
    filter.sortKey = static_cast<PipelineSortKey>(sortKey);
    filter.descending = descending;
    auto whole = query.page(m_opening, filter, 0, 100000);
    QVERIFY(whole);
    QCOMPARE(whole->size(), reference.size());
    // Pages of 7 put together are the whole list in the same order…
    QList<PipelineRow> paged;
    for (int offset = 0; offset < whole->size(); offset += 7) {
        auto page = query.page(m_opening, filter, offset, 7);
        QVERIFY(page);
        paged += *page;
    }
    QCOMPARE(paged.size(), whole->size());
    int previous = descending ? std::numeric_limits<int>::max() : -1;
    for (int i = 0; i < paged.size(); ++i) {
        const PipelineRow& row = paged.at(i);
        QCOMPARE(row.applicationId, whole->at(i).applicationId);
        // …and every row carries its own counts.
        QCOMPARE(row.interviewCount, reference.value(row.applicationId).first);
        QCOMPARE(row.submittedScorecardCount, reference.value(row.applicationId).second);
        if (filter.sortKey == PipelineSortKey::Scorecards) {
            QVERIFY(descending ? row.submittedScorecardCount <= previous
                               : row.submittedScorecardCount >= previous);
            previous = row.submittedScorecardCount;
        }
    }
}

void TestCandidateSearch::everyForeignKeyLeadsAnIndex() {
    DEBRIEF_SQLITE_ONLY("SQLite's pragma tables");
    // Read from the schema itself: each table's foreign keys and the first
    // column of each of its indexes (primary and unique keys included).
    auto tables = m_db->exec(
        QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE "
                       "'sqlite_%'"));
    QVERIFY(tables);
    QStringList names;
    while (tables->next())
        names.append(tables->value(0).toString());
    int keys = 0;
    for (const QString& table : std::as_const(names)) {
        QSet<QString> leading;
        auto indexes =
            m_db->exec(QStringLiteral("SELECT ii.name FROM pragma_index_list(?) il, "
                                      "pragma_index_info(il.name) ii WHERE ii.seqno = 0"),
                       {table});
        QVERIFY(indexes);
        while (indexes->next())
            leading.insert(indexes->value(0).toString());
        auto foreign = m_db->exec(
            QStringLiteral("SELECT \"from\" FROM pragma_foreign_key_list(?) WHERE seq = 0"),
            {table});
        QVERIFY(foreign);
        while (foreign->next()) {
            const QString column = foreign->value(0).toString();
            QVERIFY2(leading.contains(column), qPrintable(table + QLatin1Char('.') + column));
            ++keys;
        }
    }
    QVERIFY(keys >= 25);
}

QTEST_GUILESS_MAIN(TestCandidateSearch)
#include "tst_candidatesearch.moc"
