#include "TestDatabase.h"
#include "rubric/RubricVersioning.h"

#include "storage/ApplicationRepository.h"
#include "storage/CandidateRepository.h"
#include "storage/Database.h"
#include "storage/InterviewRepository.h"
#include "storage/InterviewRoundRepository.h"
#include "storage/OpeningRepository.h"
#include "storage/PanelistRepository.h"
#include "storage/RubricRepository.h"
#include "storage/ScorecardRepository.h"

#include <QTemporaryDir>
#include <QTest>

#include <limits>

using namespace debrief;

/// RubricVersioning on real SQLite files: edits before any submitted
/// scorecard change the version in place; edits after one make a new version
/// that the rounds follow while the old scorecards keep theirs.
class TestRubricVersioning : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void updatesInPlaceWithoutSubmittedScorecards();
    void createsNewVersionWhenScorecardsWereSubmitted();
    void explicitLinksAreStoredForTheNewCriteria();
    void invalidRubricIsRefusedAndNothingStored();
    void weightsOutsideZeroToHundredAreRefused_data();
    void weightsOutsideZeroToHundredAreRefused();
    void secondEditOfNewVersionStaysInPlace();

private:
    static Criterion criterion(const QString& name, double weight);
    void submitScorecard();
    int rubricCount();

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    Rubric m_rubric;
    InterviewRound m_round;
    RowId m_scorecard = kNoRow;
};

Criterion TestRubricVersioning::criterion(const QString& name, double weight) {
    Criterion c;
    c.name = name;
    c.weight = weight;
    c.scaleSize = 4;
    c.anchors = {QStringLiteral("Poor"), QStringLiteral("Fair"), QStringLiteral("Good"),
                 QStringLiteral("Excellent")};
    return c;
}

void TestRubricVersioning::init() {
    auto db = test::TestDatabase::open(m_dir.filePath(
        QStringLiteral("%1.sqlite").arg(QString::fromLatin1(QTest::currentTestFunction()))));
    QVERIFY2(db.ok(), qPrintable(db.errorMessage()));
    m_db = std::move(db).value();

    Opening opening;
    opening.title = QStringLiteral("Backend Engineer");
    QVERIFY(OpeningRepository(*m_db).insert(opening).ok());
    m_rubric = Rubric{};
    m_rubric.openingId = opening.id;
    m_rubric.name = QStringLiteral("Backend rubric");
    m_rubric.criteria = {criterion(QStringLiteral("Problem solving"), 2.0),
                         criterion(QStringLiteral("Communication"), 1.0)};
    QVERIFY(RubricRepository(*m_db).insert(m_rubric).ok());
    m_round = InterviewRound{};
    m_round.openingId = opening.id;
    m_round.name = QStringLiteral("Technical");
    m_round.criterionIds = {m_rubric.criteria.at(0).id, m_rubric.criteria.at(1).id};
    QVERIFY(InterviewRoundRepository(*m_db).insert(m_round).ok());

    Candidate person;
    person.fullName = QStringLiteral("Alex Example");
    QVERIFY(CandidateRepository(*m_db).insert(person).ok());
    Application application;
    application.candidateId = person.id;
    application.openingId = opening.id;
    QVERIFY(ApplicationRepository(*m_db).insert(application).ok());
    Panelist pat{kNoRow, {}, QStringLiteral("Pat Lee"), {}, {}, {}};
    QVERIFY(PanelistRepository(*m_db).insert(pat).ok());
    Interview interview;
    interview.applicationId = application.id;
    interview.roundId = m_round.id;
    interview.panelistIds = {pat.id};
    QVERIFY(InterviewRepository(*m_db).insert(interview).ok());
    Scorecard card;
    card.interviewId = interview.id;
    card.panelistId = pat.id;
    card.rubricId = m_rubric.id;
    card.ratings = {{m_rubric.criteria.at(0).id, 3, QStringLiteral("Clear reasoning.")},
                    {m_rubric.criteria.at(1).id, 2, {}}};
    QVERIFY(ScorecardRepository(*m_db).insert(card).ok());
    m_scorecard = card.id;
}

void TestRubricVersioning::cleanup() {
    m_db.reset();
}

void TestRubricVersioning::submitScorecard() {
    ScorecardRepository cards(*m_db);
    auto card = cards.get(m_scorecard);
    QVERIFY(card.ok());
    card->status = ScorecardStatus::Submitted;
    card->submittedAt = QDateTime(QDate(2024, 5, 20), QTime(15, 0), Qt::UTC);
    QVERIFY(cards.update(*card).ok());
}

int TestRubricVersioning::rubricCount() {
    auto versions = RubricRepository(*m_db).versionsForOpening(m_rubric.openingId);
    return versions.ok() ? int(versions->size()) : -1;
}

void TestRubricVersioning::updatesInPlaceWithoutSubmittedScorecards() {
    RubricVersioning versioning(*m_db);
    QCOMPARE(versioning.submittedScorecardCount(m_rubric.id).value(), 0);
    Rubric edited = m_rubric;
    edited.criteria[0].weight = 3.5;
    edited.criteria.append(criterion(QStringLiteral("Ownership"), 1.0));

    auto saved = versioning.save(edited);
    QVERIFY2(saved.ok(), qPrintable(saved.errorMessage()));
    QVERIFY(!saved->createdNewVersion);
    QCOMPARE(saved->rubric.id, m_rubric.id);
    QCOMPARE(saved->rubric.version, 1);
    QCOMPARE(rubricCount(), 1);

    auto stored = RubricRepository(*m_db).get(m_rubric.id);
    QVERIFY(stored.ok());
    QCOMPARE(stored->criteria.size(), 3);
    QCOMPARE(stored->criteria.at(0).id, m_rubric.criteria.at(0).id);
    QCOMPARE(stored->criteria.at(0).weight, 3.5);
    QVERIFY(stored->criteria.at(2).id != kNoRow);
    auto round = InterviewRoundRepository(*m_db).get(m_round.id);
    QCOMPARE(round->criterionIds, m_round.criterionIds);
}

void TestRubricVersioning::createsNewVersionWhenScorecardsWereSubmitted() {
    submitScorecard();
    RubricVersioning versioning(*m_db);
    QCOMPARE(versioning.submittedScorecardCount(m_rubric.id).value(), 1);
    Rubric edited = m_rubric;
    edited.criteria[1].anchors[2] = QStringLiteral("Explains trade-offs unprompted");
    // Swap the order so the links must follow the criteria, not positions.
    edited.criteria.swapItemsAt(0, 1);
    edited.criteria.append(criterion(QStringLiteral("Ownership"), 1.0));

    auto saved = versioning.save(edited);
    QVERIFY2(saved.ok(), qPrintable(saved.errorMessage()));
    QVERIFY(saved->createdNewVersion);
    const Rubric& next = saved->rubric;
    QVERIFY(next.id != m_rubric.id);
    QCOMPARE(next.version, 2);
    QCOMPARE(next.familyUuid, m_rubric.familyUuid);
    QVERIFY(next.uuid != m_rubric.uuid);
    QCOMPARE(next.criteria.size(), 3);
    QCOMPARE(next.criteria.at(0).name, QStringLiteral("Communication"));
    QCOMPARE(next.criteria.at(0).anchors.at(2), QStringLiteral("Explains trade-offs unprompted"));
    for (const Criterion& c : next.criteria) {
        for (const Criterion& old : m_rubric.criteria) {
            QVERIFY(c.id != old.id);
            QVERIFY(c.uuid != old.uuid);
        }
    }
    QCOMPARE(rubricCount(), 2);

    // The round now assesses the new version's copies of the same criteria.
    auto round = InterviewRoundRepository(*m_db).get(m_round.id);
    QVERIFY(round.ok());
    QCOMPARE(round->criterionIds, (QList<RowId>{next.criteria.at(1).id, next.criteria.at(0).id}));

    // Version 1 and the scorecard scored against it are untouched.
    auto old = RubricRepository(*m_db).get(m_rubric.id);
    QVERIFY(old.ok());
    QCOMPARE(*old, m_rubric);
    auto card = ScorecardRepository(*m_db).get(m_scorecard);
    QVERIFY(card.ok());
    QCOMPARE(card->rubricId, m_rubric.id);
    QCOMPARE(card->ratings.at(0).criterionId, m_rubric.criteria.at(0).id);
    auto current = RubricRepository(*m_db).currentForOpening(m_rubric.openingId);
    QCOMPARE((*current)->id, next.id);
}

void TestRubricVersioning::explicitLinksAreStoredForTheNewCriteria() {
    submitScorecard();
    Rubric edited = m_rubric;
    edited.criteria.append(criterion(QStringLiteral("Ownership"), 1.0));
    RubricVersioning::RoundLinks links;
    links.insert(m_round.id, {2, 0});

    auto saved = RubricVersioning(*m_db).save(edited, links);
    QVERIFY2(saved.ok(), qPrintable(saved.errorMessage()));
    auto round = InterviewRoundRepository(*m_db).get(m_round.id);
    QCOMPARE(round->criterionIds,
             (QList<RowId>{saved->rubric.criteria.at(2).id, saved->rubric.criteria.at(0).id}));
}

void TestRubricVersioning::invalidRubricIsRefusedAndNothingStored() {
    submitScorecard();
    Rubric edited = m_rubric;
    edited.criteria[1].anchors[3] = QStringLiteral("  ");
    auto saved = RubricVersioning(*m_db).save(edited);
    QVERIFY(!saved.ok());
    QVERIFY2(saved.errorMessage().contains(QStringLiteral("Communication")),
             qPrintable(saved.errorMessage()));
    QVERIFY(saved.errorMessage().contains(QStringLiteral("4")));
    QCOMPARE(rubricCount(), 1);
    auto round = InterviewRoundRepository(*m_db).get(m_round.id);
    QCOMPARE(round->criterionIds, m_round.criterionIds);
}

void TestRubricVersioning::weightsOutsideZeroToHundredAreRefused_data() {
    QTest::addColumn<double>("weight");
    QTest::addColumn<bool>("valid");
    QTest::newRow("0") << 0.0 << true;
    QTest::newRow("100") << 100.0 << true;
    QTest::newRow("100.5") << 100.5 << false;
    // Issue #12: 1e308 was stored and every total printed "nan".
    QTest::newRow("1e308") << 1e308 << false;
    QTest::newRow("infinity") << std::numeric_limits<double>::infinity() << false;
    QTest::newRow("NaN") << std::numeric_limits<double>::quiet_NaN() << false;
    QTest::newRow("-0.5") << -0.5 << false;
}

void TestRubricVersioning::weightsOutsideZeroToHundredAreRefused() {
    QFETCH(double, weight);
    QFETCH(bool, valid);
    Rubric edited = m_rubric;
    edited.criteria[0].weight = weight;
    const Status checked = RubricVersioning::validate(edited);
    QCOMPARE(checked.ok(), valid);
    if (valid)
        return;
    QVERIFY2(checked.errorMessage().contains(edited.criteria[0].name),
             qPrintable(checked.errorMessage()));
    // save() checks the same and stores nothing.
    QVERIFY(!RubricVersioning(*m_db).save(edited).ok());
    auto stored = RubricRepository(*m_db).get(m_rubric.id);
    QVERIFY(stored.ok());
    QCOMPARE(stored->criteria.at(0).weight, m_rubric.criteria.at(0).weight);
}

void TestRubricVersioning::secondEditOfNewVersionStaysInPlace() {
    submitScorecard();
    RubricVersioning versioning(*m_db);
    Rubric edited = m_rubric;
    edited.criteria[0].weight = 4.0;
    auto first = versioning.save(edited);
    QVERIFY(first.ok() && first->createdNewVersion);
    Rubric again = first->rubric;
    again.criteria[0].weight = 5.0;
    auto second = versioning.save(again);
    QVERIFY2(second.ok(), qPrintable(second.errorMessage()));
    QVERIFY(!second->createdNewVersion);
    QCOMPARE(second->rubric.id, first->rubric.id);
    QCOMPARE(second->rubric.version, 2);
    QCOMPARE(second->rubric.criteria.at(0).weight, 5.0);
    QCOMPARE(rubricCount(), 2);
}

QTEST_GUILESS_MAIN(TestRubricVersioning)
#include "tst_rubricversioning.moc"
