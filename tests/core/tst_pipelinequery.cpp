#include "TestDatabase.h"
#include "storage/ApplicationRepository.h"
#include "storage/CandidateRepository.h"
#include "storage/Database.h"
#include "storage/InterviewRepository.h"
#include "storage/InterviewRoundRepository.h"
#include "storage/OpeningRepository.h"
#include "storage/PanelistRepository.h"
#include "storage/PipelineQuery.h"
#include "storage/RubricRepository.h"
#include "storage/ScorecardRepository.h"

#include <QTemporaryDir>
#include <QTest>

using namespace debrief;

#define VERIFY_OK(expr)                                                                            \
    do {                                                                                           \
        const auto& verifyOkResult = (expr);                                                       \
        QVERIFY2(verifyOkResult.ok(), qPrintable(verifyOkResult.errorMessage()));                  \
    } while (false)

/// The list-view queries against a hand-built fixture whose expected counts
/// are worked out by hand in the comments below.
///
/// Today is 2024-06-10. Opening "A" (created 2024-05-01) has eight
/// applications; opening "B" (created 2024-06-01) two; opening "C"
/// (created 2024-04-01) none.
///
///   A: name   stage      promised    overdue?              finalist?
///      alice  interview  2024-06-09  yes (before today)    no
///      Bob    final      2024-06-10  no (today is not past) yes
///      carol  rejected   2024-06-01  no (terminal)          no
///      Dave   offer      2024-06-05  yes                    yes
///      eve    hired      2024-05-01  no (terminal)          yes
///      frank  applied    (none)      no (no promise)        no
///      Gina   withdrawn  2024-01-01  no (terminal)          no
///      hank   screen     2024-06-11  no (future)            no
///   => A: 8 candidates, 2 overdue (alice, Dave), 3 finalists (Bob, Dave, eve).
///
///   B: alice  final      2024-06-09  yes                    yes
///      Bob    applied    (none)      no                     no
///   => B: 2 candidates, 1 overdue, 1 finalist.   C: 0, 0, 0.
///
/// On 2024-06-12 instead, A also has Bob (06-10) and hank (06-11) overdue: 4.
///
/// Interviews: alice@A has two, with scorecards submitted+draft on the first
/// and submitted on the second (2 submitted); Bob@A has one with a draft only
/// (0 submitted); alice@B has one with a submitted card, which must not
/// leak into alice@A's counts.
class TestPipelineQuery : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void openingsAreNewestFirstWithCounts();
    void overdueCountUsesTheGivenDay();
    void rowsAreByNameIgnoringCase();
    void rowsCarryApplicationFields();
    void rowsCountInterviewsAndSubmittedScorecards();
    void emptyOpeningHasNoRows();
    void rowsAndPagesCarryTheHold();

private:
    Opening addOpening(const char* title, const char* createdAt);
    Application apply(const Opening& opening, const char* name, PipelineStage stage,
                      const QDate& promised);
    Interview interview(const Application& application);
    void score(const Interview& interview, const Panelist& panelist, ScorecardStatus status);

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    QHash<QString, Candidate> m_candidates;
    Opening m_a, m_b, m_c;
    Panelist m_ada, m_grace;
    InterviewRound m_round;
    Rubric m_rubric;
    Application m_aliceA, m_bobA, m_daveA, m_aliceB;
};

Opening TestPipelineQuery::addOpening(const char* title, const char* createdAt) {
    Opening o;
    o.title = QLatin1String(title);
    o.createdAt = QDateTime::fromString(QLatin1String(createdAt), Qt::ISODate);
    o.panel = {{m_ada.id, true}};
    const Status inserted = OpeningRepository(*m_db).insert(o);
    if (!inserted)
        qFatal("%s", qPrintable(inserted.errorMessage()));
    return o;
}

Application TestPipelineQuery::apply(const Opening& opening, const char* name, PipelineStage stage,
                                     const QDate& promised) {
    const QString key = QLatin1String(name);
    if (!m_candidates.contains(key)) {
        Candidate c;
        c.fullName = key;
        c.email = key.toLower() + QStringLiteral("@example.org");
        if (!CandidateRepository(*m_db).insert(c))
            qFatal("cannot add a candidate");
        m_candidates.insert(key, c);
    }
    Application a;
    a.candidateId = m_candidates.value(key).id;
    a.openingId = opening.id;
    a.stage = stage;
    a.appliedOn = QDate(2024, 5, 2);
    a.promisedResponseDate = promised;
    a.talentPool = stage == PipelineStage::Rejected;
    if (!ApplicationRepository(*m_db).insert(a))
        qFatal("cannot add an application");
    return a;
}

Interview TestPipelineQuery::interview(const Application& application) {
    Interview i;
    i.applicationId = application.id;
    i.roundId = m_round.id;
    i.panelistIds = {m_ada.id, m_grace.id};
    if (!InterviewRepository(*m_db).insert(i))
        qFatal("cannot add an interview");
    return i;
}

void TestPipelineQuery::score(const Interview& interview, const Panelist& panelist,
                              ScorecardStatus status) {
    Scorecard s;
    s.interviewId = interview.id;
    s.panelistId = panelist.id;
    s.rubricId = m_rubric.id;
    s.status = status;
    if (!ScorecardRepository(*m_db).insert(s))
        qFatal("cannot add a scorecard");
}

void TestPipelineQuery::initTestCase() {
    QVERIFY(m_dir.isValid());
    auto db = test::TestDatabase::open(m_dir.filePath(QStringLiteral("pipeline.sqlite")));
    QVERIFY2(db, qPrintable(db.errorMessage()));
    m_db = std::move(db).value();

    m_ada.name = QStringLiteral("Ada");
    m_grace.name = QStringLiteral("Grace");
    VERIFY_OK(PanelistRepository(*m_db).insert(m_ada));
    VERIFY_OK(PanelistRepository(*m_db).insert(m_grace));

    m_a = addOpening("A", "2024-05-01T08:00:00Z");
    m_b = addOpening("B", "2024-06-01T08:00:00Z");
    m_c = addOpening("C", "2024-04-01T08:00:00Z");
    m_rubric.openingId = m_a.id;
    m_rubric.name = QStringLiteral("Rubric");
    VERIFY_OK(RubricRepository(*m_db).insert(m_rubric));
    m_round.openingId = m_a.id;
    m_round.name = QStringLiteral("Round");
    VERIFY_OK(InterviewRoundRepository(*m_db).insert(m_round));

    using S = PipelineStage;
    m_aliceA = apply(m_a, "alice", S::Interview, QDate(2024, 6, 9));
    m_bobA = apply(m_a, "Bob", S::Final, QDate(2024, 6, 10));
    apply(m_a, "carol", S::Rejected, QDate(2024, 6, 1));
    m_daveA = apply(m_a, "Dave", S::Offer, QDate(2024, 6, 5));
    apply(m_a, "eve", S::Hired, QDate(2024, 5, 1));
    apply(m_a, "frank", S::Applied, QDate());
    apply(m_a, "Gina", S::Withdrawn, QDate(2024, 1, 1));
    apply(m_a, "hank", S::Screen, QDate(2024, 6, 11));
    m_aliceB = apply(m_b, "alice", S::Final, QDate(2024, 6, 9));
    apply(m_b, "Bob", S::Applied, QDate());

    const Interview alice1 = interview(m_aliceA);
    score(alice1, m_ada, ScorecardStatus::Submitted);
    score(alice1, m_grace, ScorecardStatus::Draft);
    score(interview(m_aliceA), m_ada, ScorecardStatus::Submitted);
    score(interview(m_bobA), m_grace, ScorecardStatus::Draft);
    score(interview(m_aliceB), m_ada, ScorecardStatus::Submitted);
}

void TestPipelineQuery::cleanupTestCase() {
    m_db.reset();
}

void TestPipelineQuery::openingsAreNewestFirstWithCounts() {
    const auto overviews = PipelineQuery(*m_db).openings(QDate(2024, 6, 10));
    QVERIFY2(overviews, qPrintable(overviews.errorMessage()));
    QCOMPARE(overviews->size(), 3);
    QCOMPARE(overviews->at(0).opening, m_b);
    QCOMPARE(overviews->at(1).opening, m_a);
    QCOMPARE(overviews->at(2).opening, m_c);

    QCOMPARE(overviews->at(0).candidateCount, 2);
    QCOMPARE(overviews->at(0).overdueCount, 1);
    QCOMPARE(overviews->at(0).finalistCount, 1);

    QCOMPARE(overviews->at(1).candidateCount, 8);
    QCOMPARE(overviews->at(1).overdueCount, 2);
    QCOMPARE(overviews->at(1).finalistCount, 3);

    QCOMPARE(overviews->at(2).candidateCount, 0);
    QCOMPARE(overviews->at(2).overdueCount, 0);
    QCOMPARE(overviews->at(2).finalistCount, 0);
}

void TestPipelineQuery::overdueCountUsesTheGivenDay() {
    const auto later = PipelineQuery(*m_db).openings(QDate(2024, 6, 12));
    QVERIFY(later);
    QCOMPARE(later->at(1).overdueCount, 4);
    QCOMPARE(later->at(0).overdueCount, 1);
    const auto earlier = PipelineQuery(*m_db).openings(QDate(2024, 1, 1));
    QVERIFY(earlier);
    QCOMPARE(earlier->at(1).overdueCount, 0);
    QCOMPARE(earlier->at(1).finalistCount, 3); // finalists do not depend on the day
}

void TestPipelineQuery::rowsAreByNameIgnoringCase() {
    const auto rows = PipelineQuery(*m_db).rowsForOpening(m_a.id);
    QVERIFY2(rows, qPrintable(rows.errorMessage()));
    QStringList names;
    for (const PipelineRow& row : *rows)
        names.append(row.candidateName);
    QCOMPARE(names,
             (QStringList{QStringLiteral("alice"), QStringLiteral("Bob"), QStringLiteral("carol"),
                          QStringLiteral("Dave"), QStringLiteral("eve"), QStringLiteral("frank"),
                          QStringLiteral("Gina"), QStringLiteral("hank")}));
    // The rows agree with the overview's overdue count on the same day.
    int overdue = 0;
    for (const PipelineRow& row : *rows)
        overdue += row.isOverdue(QDate(2024, 6, 10)) ? 1 : 0;
    QCOMPARE(overdue, 2);
}

void TestPipelineQuery::rowsCarryApplicationFields() {
    const auto rows = PipelineQuery(*m_db).rowsForOpening(m_a.id);
    QVERIFY(rows);
    const PipelineRow& dave = rows->at(3);
    QCOMPARE(dave.applicationId, m_daveA.id);
    QCOMPARE(dave.candidateId, m_daveA.candidateId);
    QCOMPARE(dave.candidateName, QStringLiteral("Dave"));
    QCOMPARE(dave.email, QStringLiteral("dave@example.org"));
    QCOMPARE(dave.stage, PipelineStage::Offer);
    QCOMPARE(dave.appliedOn, QDate(2024, 5, 2));
    QCOMPARE(dave.promisedResponseDate, QDate(2024, 6, 5));
    QCOMPARE(dave.talentPool, false);
    QCOMPARE(rows->at(2).talentPool, true);              // carol, rejected
    QCOMPARE(rows->at(5).promisedResponseDate, QDate()); // frank, no promise
}

void TestPipelineQuery::rowsAndPagesCarryTheHold() {
    // Dave (offer) is nobody's runner-up; put Bob on hold and read both back
    // through the list query and through a page, which the window uses.
    Application bob = ApplicationRepository(*m_db).get(m_bobA.id).value();
    bob.onHold = true;
    bob.holdReason = QStringLiteral("Runner-up 1");
    VERIFY_OK(ApplicationRepository(*m_db).update(bob));
    const auto rows = PipelineQuery(*m_db).rowsForOpening(m_a.id);
    QVERIFY(rows);
    QCOMPARE(rows->at(1).applicationId, m_bobA.id);
    QCOMPARE(rows->at(1).onHold, true);
    QCOMPARE(rows->at(3).onHold, false);
    const auto page = PipelineQuery(*m_db).page(m_a.id, PipelineFilter{}, 0, 100);
    QVERIFY(page);
    int held = 0;
    for (const PipelineRow& row : *page)
        held += row.onHold ? 1 : 0;
    QCOMPARE(held, 1);
    bob.onHold = false;
    bob.holdReason.clear();
    VERIFY_OK(ApplicationRepository(*m_db).update(bob));
}

void TestPipelineQuery::rowsCountInterviewsAndSubmittedScorecards() {
    const auto rows = PipelineQuery(*m_db).rowsForOpening(m_a.id);
    QVERIFY(rows);
    QCOMPARE(rows->at(0).applicationId, m_aliceA.id);
    QCOMPARE(rows->at(0).interviewCount, 2);
    QCOMPARE(rows->at(0).submittedScorecardCount, 2);
    QCOMPARE(rows->at(1).applicationId, m_bobA.id);
    QCOMPARE(rows->at(1).interviewCount, 1);
    QCOMPARE(rows->at(1).submittedScorecardCount, 0);
    for (qsizetype i = 2; i < rows->size(); ++i) {
        QCOMPARE(rows->at(i).interviewCount, 0);
        QCOMPARE(rows->at(i).submittedScorecardCount, 0);
    }
    const auto b = PipelineQuery(*m_db).rowsForOpening(m_b.id);
    QVERIFY(b);
    QCOMPARE(b->size(), 2);
    QCOMPARE(b->at(0).applicationId, m_aliceB.id);
    QCOMPARE(b->at(0).interviewCount, 1);
    QCOMPARE(b->at(0).submittedScorecardCount, 1);
}

void TestPipelineQuery::emptyOpeningHasNoRows() {
    const auto rows = PipelineQuery(*m_db).rowsForOpening(m_c.id);
    QVERIFY(rows);
    QVERIFY(rows->isEmpty());
}

QTEST_GUILESS_MAIN(TestPipelineQuery)
#include "tst_pipelinequery.moc"
