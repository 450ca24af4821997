#include "CrowdedDemo.h"
#include "TestDatabase.h"

#include "domain/Application.h"
#include "domain/Candidate.h"
#include "storage/ApplicationRepository.h"
#include "storage/CandidateRepository.h"
#include "storage/CandidateSearchIndex.h"
#include "storage/Database.h"
#include "storage/OpeningRepository.h"
#include "storage/PipelineQuery.h"
#include "storage/TransactionGuard.h"

#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace debrief;

namespace {

const QDate kToday(2026, 11, 20);

/// The test's own LIKE pattern: `text` anywhere, with % _ and the escape
/// character taken literally.
QString likeAnywhere(const QString& text) {
    QString escaped;
    for (QChar ch : text) {
        if (ch == u'\\' || ch == u'%' || ch == u'_')
            escaped += u'\\';
        escaped += ch;
    }
    return u'%' + escaped + u'%';
}

QList<RowId> idsOf(const QList<PipelineRow>& rows) {
    QList<RowId> ids;
    for (const PipelineRow& row : rows)
        ids.append(row.applicationId);
    return ids;
}

/// Every field of two lists of lines, one by one.
void compareLines(const QList<PipelineRow>& actual, const QList<PipelineRow>& expected) {
    QCOMPARE(actual.size(), expected.size());
    for (qsizetype i = 0; i < actual.size(); ++i) {
        const PipelineRow& a = actual.at(i);
        const PipelineRow& e = expected.at(i);
        QCOMPARE(a.applicationId, e.applicationId);
        QCOMPARE(a.candidateId, e.candidateId);
        QCOMPARE(a.candidateName, e.candidateName);
        QCOMPARE(a.email, e.email);
        QCOMPARE(a.stage, e.stage);
        QCOMPARE(a.appliedOn, e.appliedOn);
        QCOMPARE(a.promisedResponseDate, e.promisedResponseDate);
        QCOMPARE(a.talentPool, e.talentPool);
        QCOMPARE(a.onHold, e.onHold);
        QCOMPARE(a.interviewCount, e.interviewCount);
        QCOMPARE(a.submittedScorecardCount, e.submittedScorecardCount);
    }
}

} // namespace

/// The candidate list's search through a CandidateSearchIndex, held against
/// references of the test's own on a real file: the demo's debrief opening
/// (seed 1) with 300 extra candidates and a few with accented names and
/// wildcards in their addresses. The reference of what matches is a plain
/// SQL LIKE over the stored keys (the rule as it was before the index);
/// of the order, an ORDER BY written out here and the list without a
/// search, which SQL reads as before. An index kept from call to call must
/// follow every write, by this connection or another.
class TestCandidateSearchIndex : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void matchesAndOrderAreTheReferences_data();
    void matchesAndOrderAreTheReferences();
    void everyOrderIsTheListWithoutSearch_data();
    void everyOrderIsTheListWithoutSearch();
    void accentsAndWildcardsByHand();
    void aListWithoutSearchFromTheIndexIsSqlsList();
    void keptIndexFollowsOwnWrites();
    void keptIndexFollowsAnotherConnection();
    void keptIndexFollowsARollback();
    void keptIndexFollowsAnotherDatabase();
    void stampMovesOnlyWithWrites();

private:
    RowId add(Database& db, RowId opening, const QString& name, const QString& email,
              PipelineStage stage = PipelineStage::Applied);
    /// The reference: ids of the opening's applications whose stored key
    /// holds `search` (folded by hand: these searches need no Unicode
    /// folding beyond lower case), in the list's default order.
    QList<RowId> referenceIds(Database& db, RowId opening, const QString& search,
                              std::optional<PipelineStage> stage, bool byName);
    /// Every page of `pageSize` put together.
    QList<PipelineRow> allPages(PipelineQuery& query, RowId opening, const PipelineFilter& filter,
                                int pageSize);

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    RowId m_opening = kNoRow;
    RowId m_other = kNoRow;
    RowId m_zoe = kNoRow;
    RowId m_noel = kNoRow;
    RowId m_percent = kNoRow;
    RowId m_under = kNoRow;
};

RowId TestCandidateSearchIndex::add(Database& db, RowId opening, const QString& name,
                                    const QString& email, PipelineStage stage) {
    Candidate c;
    c.fullName = name;
    c.email = email;
    if (!CandidateRepository(db).insert(c))
        qFatal("cannot add a candidate");
    Application a;
    a.candidateId = c.id;
    a.openingId = opening;
    a.stage = stage;
    a.furthestStage = stage;
    a.appliedOn = kToday;
    if (!ApplicationRepository(db).insert(a))
        qFatal("cannot add an application");
    return a.id;
}

QList<RowId> TestCandidateSearchIndex::referenceIds(Database& db, RowId opening,
                                                    const QString& search,
                                                    std::optional<PipelineStage> stage,
                                                    bool byName) {
    const QString order =
        byName ? QStringLiteral("LOWER(c.full_name), a.id")
               : QStringLiteral("CASE a.stage WHEN 'hired' THEN 7 WHEN 'offer' THEN 6 "
                                "WHEN 'final' THEN 5 WHEN 'interview' THEN 4 WHEN 'screen' "
                                "THEN 3 WHEN 'applied' THEN 2 WHEN 'rejected' THEN 1 ELSE 0 END "
                                "DESC, LOWER(c.full_name), a.id");
    const QVariant stageKey = stage ? QVariant(toKey(*stage)) : QVariant();
    auto rows = db.exec(
        QStringLiteral("SELECT a.id FROM applications a JOIN candidates c ON "
                       "c.id = a.candidate_id WHERE a.opening_id = ? AND "
                       "c.search_key LIKE ? ESCAPE '\\' AND (CAST(? AS TEXT) IS NULL OR a.stage = "
                       "?) ORDER BY ") +
            order,
        {opening, likeAnywhere(search.trimmed().toLower()), stageKey, stageKey});
    if (!rows)
        qFatal("the reference query failed: %s", qPrintable(rows.errorMessage()));
    QList<RowId> ids;
    while (rows->next())
        ids.append(rows->value(0).toLongLong());
    return ids;
}

QList<PipelineRow> TestCandidateSearchIndex::allPages(PipelineQuery& query, RowId opening,
                                                      const PipelineFilter& filter, int pageSize) {
    QList<PipelineRow> rows;
    for (int offset = 0;; offset += pageSize) {
        auto page = query.page(opening, filter, offset, pageSize);
        if (!page)
            qFatal("a page failed: %s", qPrintable(page.errorMessage()));
        rows += *page;
        if (page->size() < pageSize)
            return rows;
    }
}

void TestCandidateSearchIndex::initTestCase() {
    QVERIFY(m_dir.isValid());
    auto db = test::TestDatabase::open(m_dir.filePath(QStringLiteral("index.sqlite")));
    QVERIFY2(db, qPrintable(db.errorMessage()));
    m_db = std::move(db).value();
    auto opening = test::writeCrowdedDemo(*m_db, kToday, 300);
    QVERIFY2(opening, qPrintable(opening.errorMessage()));
    m_opening = *opening;
    Opening other;
    other.title = QStringLiteral("Other opening");
    QVERIFY(OpeningRepository(*m_db).insert(other).ok());
    m_other = other.id;
    m_zoe = add(*m_db, m_opening, QStringLiteral("ZOË Ångström"),
                QStringLiteral("Zoe.Angstrom@Example.ORG"), PipelineStage::Interview);
    // The same letter written decomposed: e + combining diaeresis.
    m_noel = add(*m_db, m_opening, QStringLiteral("Noe\u0308l Fabre"),
                 QStringLiteral("noel.fabre@example.org"), PipelineStage::Rejected);
    m_percent =
        add(*m_db, m_opening, QStringLiteral("Pat Percent"), QStringLiteral("100%pat@example.org"));
    add(*m_db, m_opening, QStringLiteral("Pat Hundred"), QStringLiteral("100xpat@example.org"));
    m_under =
        add(*m_db, m_opening, QStringLiteral("Pat Under"), QStringLiteral("pat_x@example.org"));
    add(*m_db, m_opening, QStringLiteral("Pat Plain"), QStringLiteral("patax@example.org"));
    // Matches many searches, but belongs to another opening.
    add(*m_db, m_other, QStringLiteral("Mara Marsh"), QStringLiteral("mara.marsh@example.com"));
}

void TestCandidateSearchIndex::matchesAndOrderAreTheReferences_data() {
    QTest::addColumn<QString>("search");
    QTest::addColumn<int>("stage");
    const char* searches[] = {"e",        "m",     "MA",         "son", "  Pat ", "@example.org",
                              "pat_x@ex", "100%p", "marcus zzz", "\\",  "a"};
    const int stages[] = {-1, static_cast<int>(PipelineStage::Applied),
                          static_cast<int>(PipelineStage::Interview),
                          static_cast<int>(PipelineStage::Rejected)};
    for (const char* search : searches) {
        for (int stage : stages)
            QTest::addRow("\"%s\", stage %d", search, stage)
                << QString::fromLatin1(search) << stage;
    }
}

void TestCandidateSearchIndex::matchesAndOrderAreTheReferences() {
    QFETCH(QString, search);
    QFETCH(int, stage);
    PipelineFilter filter;
    filter.search = search;
    if (stage >= 0)
        filter.stage = static_cast<PipelineStage>(stage);
    for (const bool byName : {false, true}) {
        filter.sortKey = byName ? PipelineSortKey::Name : PipelineSortKey::Stage;
        filter.descending = !byName;
        const QList<RowId> expected = referenceIds(*m_db, m_opening, search, filter.stage, byName);
        // A kept index (read once, then reused by every call), and one read
        // for each call.
        CandidateSearchIndex kept;
        PipelineQuery keeping(*m_db, &kept);
        PipelineQuery once(*m_db);
        for (PipelineQuery* query : {&keeping, &once}) {
            QCOMPARE(query->count(m_opening, filter).value(), int(expected.size()));
            QCOMPARE(idsOf(allPages(*query, m_opening, filter, 7)), expected);
            QCOMPARE(idsOf(allPages(*query, m_opening, filter, 200)), expected);
            auto first = query->firstPage(m_opening, filter, 50);
            QVERIFY2(first, qPrintable(first.errorMessage()));
            QCOMPARE(first->matching, int(expected.size()));
            QCOMPARE(idsOf(first->rows), expected.mid(0, 50));
        }
        QVERIFY(kept.size() > 300);
    }
}

void TestCandidateSearchIndex::everyOrderIsTheListWithoutSearch_data() {
    QTest::addColumn<int>("sortKey");
    QTest::addColumn<bool>("descending");
    QTest::addColumn<QString>("search");
    for (int key = 0; key <= static_cast<int>(PipelineSortKey::Scorecards); ++key) {
        for (const bool descending : {true, false}) {
            for (const char* search : {"e", "son"}) {
                QTest::addRow("key %d, %s, \"%s\"", key, descending ? "descending" : "ascending",
                              search)
                    << key << descending << QString::fromLatin1(search);
            }
        }
    }
}

void TestCandidateSearchIndex::everyOrderIsTheListWithoutSearch() {
    // The reference: the whole list in this order as SQL reads it without a
    // search, keeping the lines whose id the LIKE reference matches.
    QFETCH(int, sortKey);
    QFETCH(bool, descending);
    QFETCH(QString, search);
    PipelineFilter filter;
    filter.sortKey = static_cast<PipelineSortKey>(sortKey);
    filter.descending = descending;
    PipelineQuery sql(*m_db);
    auto whole = sql.page(m_opening, filter, 0, 100000);
    QVERIFY2(whole, qPrintable(whole.errorMessage()));
    const QList<RowId> matching = referenceIds(*m_db, m_opening, search, std::nullopt, false);
    const QSet<RowId> keep(matching.cbegin(), matching.cend());
    QList<PipelineRow> expected;
    for (const PipelineRow& row : *whole) {
        if (keep.contains(row.applicationId))
            expected.append(row);
    }
    QCOMPARE(expected.size(), matching.size());

    filter.search = search;
    CandidateSearchIndex kept;
    PipelineQuery keeping(*m_db, &kept);
    compareLines(allPages(keeping, m_opening, filter, 13), expected);
    QCOMPARE(keeping.count(m_opening, filter).value(), int(expected.size()));
}

void TestCandidateSearchIndex::accentsAndWildcardsByHand() {
    CandidateSearchIndex kept;
    PipelineQuery query(*m_db, &kept);
    const auto found = [&](const QString& search) {
        PipelineFilter filter;
        filter.search = search;
        return idsOf(allPages(query, m_opening, filter, 200));
    };
    // The demo has a Zoë of its own; only one is an Ångström.
    const QList<RowId> zoe{m_zoe};
    QVERIFY(found(QStringLiteral("zoë")).size() > 1);
    QVERIFY(found(QStringLiteral("zoë")).contains(m_zoe));
    QCOMPARE(found(QStringLiteral("zoë å")), zoe);
    QCOMPARE(found(QStringLiteral("ZOË Å")), zoe);
    QCOMPARE(found(QStringLiteral("ångSTRÖM")), zoe);
    QCOMPARE(found(QStringLiteral("zoe.ANGSTROM@")), zoe);
    QVERIFY(found(QStringLiteral("zoe ang")).isEmpty()); // "ë" is not "e"
    // Composed or decomposed, typed or stored: the same letter.
    const QList<RowId> noel{m_noel};
    QCOMPARE(found(QStringLiteral("NOËL FA")), noel);
    QCOMPARE(found(QStringLiteral("noe\u0308l f")), noel);
    // Wildcards are plain characters.
    QCOMPARE(found(QStringLiteral("0%p")), QList<RowId>{m_percent});
    QCOMPARE(found(QStringLiteral("t_x")), QList<RowId>{m_under});
    QVERIFY(found(QStringLiteral("0_p")).isEmpty());
    // No match spans the name and the address.
    QVERIFY(found(QStringLiteral("fabre noel")).isEmpty());
    QVERIFY(found(QStringLiteral("fabrenoel")).isEmpty());
    // With a stage filter: this Zoë is at the interview stage.
    PipelineFilter filter;
    filter.search = QStringLiteral("zoë å");
    filter.stage = PipelineStage::Interview;
    QCOMPARE(query.count(m_opening, filter).value(), 1);
    filter.stage = PipelineStage::Applied;
    QCOMPARE(query.count(m_opening, filter).value(), 0);
}

void TestCandidateSearchIndex::aListWithoutSearchFromTheIndexIsSqlsList() {
    // Once the kept index is current, a list without a search comes from
    // it; it must be the list SQL reads, line for line.
    for (const int stage : {-1, static_cast<int>(PipelineStage::Applied),
                            static_cast<int>(PipelineStage::Rejected)}) {
        PipelineFilter filter;
        if (stage >= 0)
            filter.stage = static_cast<PipelineStage>(stage);
        CandidateSearchIndex kept;
        PipelineQuery keeping(*m_db, &kept);
        QVERIFY(keeping.prepareSearch(m_opening, filter).ok());
        QVERIFY(kept.size() > 300);
        PipelineQuery sql(*m_db);
        compareLines(allPages(keeping, m_opening, filter, 200),
                     allPages(sql, m_opening, filter, 200));
        QCOMPARE(keeping.count(m_opening, filter).value(), sql.count(m_opening, filter).value());
        auto first = keeping.firstPage(m_opening, filter, 200);
        QVERIFY(first);
        QCOMPARE(first->matching, sql.count(m_opening, filter).value());
    }
}

void TestCandidateSearchIndex::keptIndexFollowsOwnWrites() {
    CandidateSearchIndex kept;
    PipelineQuery query(*m_db, &kept);
    PipelineFilter filter;
    filter.search = QStringLiteral("pat ");
    // After each write: the kept index's list is the reference's.
    const auto sameAsReference = [&] {
        const QList<RowId> expected =
            referenceIds(*m_db, m_opening, filter.search, filter.stage, false);
        QCOMPARE(idsOf(allPages(query, m_opening, filter, 200)), expected);
        QCOMPARE(query.count(m_opening, filter).value(), int(expected.size()));
    };
    sameAsReference();
    const int before = query.count(m_opening, filter).value();
    QVERIFY(before >= 4);

    // A new candidate.
    const RowId added = add(*m_db, m_opening, QStringLiteral("Pat Newcomer"),
                            QStringLiteral("pat.newcomer@example.org"));
    QCOMPARE(query.count(m_opening, filter).value(), before + 1);
    QVERIFY(idsOf(allPages(query, m_opening, filter, 200)).contains(added));
    sameAsReference();

    // A stage change: counted under its new stage, and in its new place.
    filter.stage = PipelineStage::Final;
    const int finalists = query.count(m_opening, filter).value();
    auto application = ApplicationRepository(*m_db).get(added);
    QVERIFY(application);
    application->stage = PipelineStage::Final;
    application->furthestStage = PipelineStage::Final;
    QVERIFY(ApplicationRepository(*m_db).update(*application).ok());
    QCOMPARE(query.count(m_opening, filter).value(), finalists + 1);
    QVERIFY(idsOf(allPages(query, m_opening, filter, 200)).contains(added));
    sameAsReference();
    filter.stage.reset();
    sameAsReference();

    // A new name is found, the old one no longer.
    auto candidate = CandidateRepository(*m_db).get(application->candidateId);
    QVERIFY(candidate);
    candidate->fullName = QStringLiteral("Quinn Ørsted");
    QVERIFY(CandidateRepository(*m_db).update(*candidate).ok());
    filter.search = QStringLiteral("ØRSTED");
    QCOMPARE(idsOf(allPages(query, m_opening, filter, 200)), QList<RowId>{added});
    filter.search = QStringLiteral("newcomer");
    QCOMPARE(query.count(m_opening, filter).value(), 1); // still in the address
    filter.search = QStringLiteral("pat newcomer");
    QCOMPARE(query.count(m_opening, filter).value(), 0);
    filter.search = QStringLiteral("pat ");
    QCOMPARE(query.count(m_opening, filter).value(), before + 1); // "pat.newcomer@"
    sameAsReference();

    // Gone.
    QVERIFY(ApplicationRepository(*m_db).remove(added).ok());
    filter.search = QStringLiteral("ørsted");
    QCOMPARE(query.count(m_opening, filter).value(), 0);
    QVERIFY(query.page(m_opening, filter, 0, 200).value().isEmpty());
}

void TestCandidateSearchIndex::keptIndexFollowsAnotherConnection() {
    CandidateSearchIndex kept;
    PipelineQuery query(*m_db, &kept);
    PipelineFilter filter;
    filter.search = QStringLiteral("elsewhere");
    QCOMPARE(query.count(m_opening, filter).value(), 0);
    const auto stamp = m_db->changeStamp();
    {
        // Another program writing to the same file.
        auto second = test::TestDatabase::open(m_db->location(), Database::OpenMode::MustExist);
        QVERIFY2(second, qPrintable(second.errorMessage()));
        add(**second, m_opening, QStringLiteral("Eli Elsewhere"),
            QStringLiteral("eli@elsewhere.example"));
    }
    // SQLite's stamp moves; a server gives none, so the index reads afresh.
    if (test::TestDatabase::onServer())
        QVERIFY(!stamp.value().has_value());
    else
        QVERIFY(m_db->changeStamp().value() != stamp.value());
    QCOMPARE(query.count(m_opening, filter).value(), 1);
    auto first = query.firstPage(m_opening, filter, 200);
    QVERIFY(first);
    QCOMPARE(first->rows.size(), 1);
    QCOMPARE(first->rows.first().candidateName, QStringLiteral("Eli Elsewhere"));
}

void TestCandidateSearchIndex::keptIndexFollowsARollback() {
    CandidateSearchIndex kept;
    PipelineQuery query(*m_db, &kept);
    PipelineFilter filter;
    filter.search = QStringLiteral("transient");
    QCOMPARE(query.count(m_opening, filter).value(), 0);
    {
        TransactionGuard guard(*m_db);
        QVERIFY(guard.begun().ok());
        add(*m_db, m_opening, QStringLiteral("Tara Transient"),
            QStringLiteral("tara@transient.example"));
        // Inside the transaction the new line is there…
        QCOMPARE(query.count(m_opening, filter).value(), 1);
    } // …rolled back here…
    // …and gone again.
    QCOMPARE(query.count(m_opening, filter).value(), 0);
    QVERIFY(query.page(m_opening, filter, 0, 200).value().isEmpty());
}

void TestCandidateSearchIndex::keptIndexFollowsAnotherDatabase() {
    // One index, two files whose counters may well be equal: the index must
    // not answer for one with the other's list.
    auto second = test::TestDatabase::open(m_dir.filePath(QStringLiteral("second.sqlite")));
    QVERIFY2(second, qPrintable(second.errorMessage()));
    Opening opening;
    opening.title = QStringLiteral("Second file");
    QVERIFY(OpeningRepository(**second).insert(opening).ok());
    add(**second, opening.id, QStringLiteral("Sam Second"), QStringLiteral("sam@second.example"));
    CandidateSearchIndex kept;
    PipelineFilter filter;
    filter.search = QStringLiteral("s");
    const int here = PipelineQuery(*m_db, &kept).count(m_opening, filter).value();
    QVERIFY(here > 1);
    QCOMPARE(PipelineQuery(**second, &kept).count(opening.id, filter).value(), 1);
    QCOMPARE(PipelineQuery(*m_db, &kept).count(m_opening, filter).value(), here);
    // Another opening of the same file.
    filter.search = QStringLiteral("mara");
    QCOMPARE(PipelineQuery(*m_db, &kept).count(m_other, filter).value(), 1);
    QCOMPARE(PipelineQuery(*m_db, &kept).count(m_opening, filter).value(),
             int(referenceIds(*m_db, m_opening, filter.search, std::nullopt, false).size()));
}

void TestCandidateSearchIndex::stampMovesOnlyWithWrites() {
    auto before = m_db->changeStamp();
    QVERIFY2(before, qPrintable(before.errorMessage()));
    if (test::TestDatabase::onServer()) {
        // A server cannot tell: no stamp, and whoever keeps a read reads again.
        QVERIFY(!before->has_value());
        return;
    }
    QVERIFY(before->has_value());
    PipelineFilter filter;
    filter.search = QStringLiteral("a");
    QVERIFY(PipelineQuery(*m_db).count(m_opening, filter).ok());
    QCOMPARE(m_db->changeStamp().value(), *before); // reading changes nothing
    auto touched = m_db->exec(
        QStringLiteral("UPDATE applications SET updated_at = updated_at WHERE id = ?"), {m_zoe});
    QVERIFY(touched);
    const auto afterOwn = m_db->changeStamp().value();
    QVERIFY(afterOwn != *before);
    {
        auto second = test::TestDatabase::open(m_db->location(), Database::OpenMode::MustExist);
        QVERIFY(second);
        // A real change: SQLite commits nothing for an update that changes
        // no value, and then there is nothing to see either.
        QVERIFY(
            (*second)->exec(QStringLiteral("UPDATE applications SET updated_at = ? WHERE id = ?"),
                            {QStringLiteral("2026-11-21T09:00:00.000Z"), m_zoe}));
    }
    QVERIFY(m_db->changeStamp().value() != afterOwn);
}

QTEST_GUILESS_MAIN(TestCandidateSearchIndex)
#include "tst_candidatesearchindex.moc"
