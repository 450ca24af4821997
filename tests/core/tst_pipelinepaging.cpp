#include "TestDatabase.h"
#include "domain/Application.h"
#include "domain/Candidate.h"
#include "domain/Opening.h"
#include "storage/ApplicationRepository.h"
#include "storage/CandidateRepository.h"
#include "storage/Database.h"
#include "storage/OpeningRepository.h"
#include "storage/PipelineQuery.h"
#include "storage/TransactionGuard.h"

#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace debrief;

/// Paging, searching, stage filtering and sorting of PipelineQuery::page()
/// over a generated opening of 500 candidates: "Person 000" … "Person 499",
/// stage by index (i % 4: applied, screen, interview, final), plus two names
/// with LIKE wildcards in them ("100% Sure" and "Under_Score") that only an
/// escaped pattern matches literally. A second opening holds one candidate
/// that must never show up in the first one's lists.
class TestPipelinePaging : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void pagesCoverEveryRowOnce();
    void countMatchesFilter();
    void searchMatchesNameOrEmailIgnoringCase();
    void wildcardsInTheSearchAreLiteral();
    void stageFilterKeepsOneStage();
    void sortsByNameBothWays();
    void sortsByStageFurthestFirst();

private:
    void add(RowId openingId, const QString& name, PipelineStage stage);

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    RowId m_opening = kNoRow;
    static constexpr int kGenerated = 500;
    static constexpr int kTotal = kGenerated + 2;
};

void TestPipelinePaging::add(RowId openingId, const QString& name, PipelineStage stage) {
    Candidate c;
    c.fullName = name;
    c.email = QString(name).remove(QLatin1Char(' ')).toLower() + QStringLiteral("@example.org");
    if (!CandidateRepository(*m_db).insert(c))
        qFatal("cannot add a candidate");
    Application a;
    a.candidateId = c.id;
    a.openingId = openingId;
    a.stage = stage;
    a.furthestStage = stage;
    a.appliedOn = QDate(2026, 10, 1);
    if (!ApplicationRepository(*m_db).insert(a))
        qFatal("cannot add an application");
}

void TestPipelinePaging::initTestCase() {
    QVERIFY(m_dir.isValid());
    auto db = test::TestDatabase::open(m_dir.filePath(QStringLiteral("paging.sqlite")));
    QVERIFY2(db, qPrintable(db.errorMessage()));
    m_db = std::move(db).value();
    Opening first;
    first.title = QStringLiteral("Big opening");
    QVERIFY(OpeningRepository(*m_db).insert(first).ok());
    Opening other;
    other.title = QStringLiteral("Other opening");
    QVERIFY(OpeningRepository(*m_db).insert(other).ok());
    m_opening = first.id;
    const PipelineStage stages[] = {PipelineStage::Applied, PipelineStage::Screen,
                                    PipelineStage::Interview, PipelineStage::Final};
    TransactionGuard guard(*m_db);
    for (int i = 0; i < kGenerated; ++i)
        add(first.id, QStringLiteral("Person %1").arg(i, 3, 10, QLatin1Char('0')), stages[i % 4]);
    add(first.id, QStringLiteral("100% Sure"), PipelineStage::Rejected);
    add(first.id, QStringLiteral("Under_Score"), PipelineStage::Hired);
    add(other.id, QStringLiteral("Person 999"), PipelineStage::Final);
    QVERIFY(guard.commit().ok());
}

void TestPipelinePaging::pagesCoverEveryRowOnce() {
    PipelineQuery query(*m_db);
    QSet<RowId> seen;
    for (int offset = 0; offset < kTotal + 200; offset += 200) {
        auto page = query.page(m_opening, {}, offset, 200);
        QVERIFY2(page, qPrintable(page.errorMessage()));
        QCOMPARE(page->size(), qBound(0, kTotal - offset, 200));
        for (const PipelineRow& row : *page)
            seen.insert(row.applicationId);
    }
    QCOMPARE(seen.size(), kTotal);
}

void TestPipelinePaging::countMatchesFilter() {
    PipelineQuery query(*m_db);
    QCOMPARE(query.count(m_opening, {}).value(), kTotal);
    PipelineFilter filter;
    filter.search = QStringLiteral("person 4");
    // Names are zero-padded, so only "Person 400" … "Person 499" match.
    QCOMPARE(query.count(m_opening, filter).value(), 100);
}

void TestPipelinePaging::searchMatchesNameOrEmailIgnoringCase() {
    PipelineQuery query(*m_db);
    PipelineFilter filter;
    filter.search = QStringLiteral("  PERSON 123 ");
    auto rows = query.page(m_opening, filter, 0, 200);
    QVERIFY2(rows, qPrintable(rows.errorMessage()));
    QCOMPARE(rows->size(), 1);
    QCOMPARE(rows->first().candidateName, QStringLiteral("Person 123"));
    filter.search = QStringLiteral("person321@EXAMPLE");
    rows = query.page(m_opening, filter, 0, 200);
    QCOMPARE(rows->size(), 1);
    QCOMPARE(rows->first().candidateName, QStringLiteral("Person 321"));
    filter.search = QStringLiteral("person 999"); // only in the other opening
    QCOMPARE(query.count(m_opening, filter).value(), 0);
}

void TestPipelinePaging::wildcardsInTheSearchAreLiteral() {
    PipelineQuery query(*m_db);
    PipelineFilter filter;
    filter.search = QStringLiteral("%");
    auto rows = query.page(m_opening, filter, 0, 200);
    QVERIFY2(rows, qPrintable(rows.errorMessage()));
    QCOMPARE(rows->size(), 1);
    QCOMPARE(rows->first().candidateName, QStringLiteral("100% Sure"));
    filter.search = QStringLiteral("r_s"); // unescaped, "_" would match "Person 0…"
    QCOMPARE(query.count(m_opening, filter).value(), 1);
    filter.search = QStringLiteral("\\");
    QCOMPARE(query.count(m_opening, filter).value(), 0);
}

void TestPipelinePaging::stageFilterKeepsOneStage() {
    PipelineQuery query(*m_db);
    PipelineFilter filter;
    filter.stage = PipelineStage::Final;
    QCOMPARE(query.count(m_opening, filter).value(), kGenerated / 4);
    auto rows = query.page(m_opening, filter, 0, 1000);
    QVERIFY2(rows, qPrintable(rows.errorMessage()));
    QCOMPARE(rows->size(), kGenerated / 4);
    for (const PipelineRow& row : *rows)
        QCOMPARE(row.stage, PipelineStage::Final);
    filter.search = QStringLiteral("Person 00");
    QCOMPARE(query.count(m_opening, filter).value(), 2); // 003 and 007
}

void TestPipelinePaging::sortsByNameBothWays() {
    PipelineQuery query(*m_db);
    PipelineFilter filter;
    filter.sortKey = PipelineSortKey::Name;
    filter.descending = false;
    auto rows = query.page(m_opening, filter, 0, 3);
    QVERIFY2(rows, qPrintable(rows.errorMessage()));
    QCOMPARE(rows->at(0).candidateName, QStringLiteral("100% Sure"));
    QCOMPARE(rows->at(1).candidateName, QStringLiteral("Person 000"));
    filter.descending = true;
    rows = query.page(m_opening, filter, 0, 2);
    QCOMPARE(rows->at(0).candidateName, QStringLiteral("Under_Score"));
    QCOMPARE(rows->at(1).candidateName, QStringLiteral("Person 499"));
    // The second page continues where the first stopped.
    rows = query.page(m_opening, filter, 2, 1);
    QCOMPARE(rows->at(0).candidateName, QStringLiteral("Person 498"));
}

void TestPipelinePaging::sortsByStageFurthestFirst() {
    PipelineQuery query(*m_db);
    PipelineFilter filter; // stage, descending by default
    auto rows = query.page(m_opening, filter, 0, 2);
    QVERIFY2(rows, qPrintable(rows.errorMessage()));
    QCOMPARE(rows->at(0).stage, PipelineStage::Hired);
    QCOMPARE(rows->at(1).stage, PipelineStage::Final);
    rows = query.page(m_opening, filter, kTotal - 1, 1);
    QCOMPARE(rows->at(0).stage, PipelineStage::Rejected); // closed out: last
    filter.descending = false;
    rows = query.page(m_opening, filter, 0, 1);
    QCOMPARE(rows->at(0).stage, PipelineStage::Rejected);
}

QTEST_GUILESS_MAIN(TestPipelinePaging)
#include "tst_pipelinepaging.moc"
