#include "TestDatabase.h"
#include "storage/ApplicationRepository.h"
#include "storage/AuditRepository.h"
#include "storage/CandidateRepository.h"
#include "storage/CommunicationRepository.h"
#include "storage/Database.h"
#include "storage/DecisionRepository.h"
#include "storage/InterviewRepository.h"
#include "storage/InterviewRoundRepository.h"
#include "storage/OpeningRepository.h"
#include "storage/PanelistRepository.h"
#include "storage/ReferenceRepository.h"
#include "storage/RubricRepository.h"
#include "storage/ScorecardRepository.h"

#include <QTemporaryDir>
#include <QTest>

using namespace debrief;

namespace {

QDateTime utc(const char* iso) {
    return QDateTime::fromString(QLatin1String(iso), Qt::ISODateWithMs).toUTC();
}

// Text that breaks naive storage: accents, CJK, emoji, quotes, SQL.
const QString kUnicode =
    QStringLiteral("Zoë Ångström-Łukasiewicz 李小龍 🙂👩🏽‍💻");
const QString kTricky = QStringLiteral("It's \"fine\"; DROP TABLE candidates; --");

Criterion criterion(const QString& name, double weight, int scale) {
    Criterion c;
    c.name = name;
    c.description = kTricky;
    c.weight = weight;
    c.scaleSize = scale;
    for (int level = 1; level <= scale; ++level)
        c.anchors.append(name + QStringLiteral(" level %1 – ").arg(level) + kUnicode);
    return c;
}

} // namespace

#define VERIFY_OK(expr)                                                                            \
    do {                                                                                           \
        const auto& verifyOkResult = (expr);                                                       \
        QVERIFY2(verifyOkResult.ok(), qPrintable(verifyOkResult.errorMessage()));                  \
    } while (false)

/// Every repository against a real SQLite file: round trips that must read
/// back equal, child rows that keep their order, and removals that cascade
/// or are refused as the schema says.
class TestRepositories : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void panelistRoundTrip();
    void candidateRoundTrip();
    void missingTimestampIsStampedOnInsert();
    void openingRoundTripKeepsSeatOrder();
    void openingUpdateReplacesPanel();
    void rubricRoundTrip();
    void rubricUpdateKeepsCriteriaAndReplacesAnchors();
    void rubricVersions();
    void roundRoundTrip();
    void applicationRoundTrip();
    void openingApplicationsOldestFirstUndatedLast();
    void storedDatesAndTimesReadAsQtParsesThem();
    void interviewRoundTrip();
    void scorecardRoundTrip();
    void scorecardUpdateReplacesRatings();
    void referenceRoundTrip();
    void decisionRoundTrip();
    void communicationRoundTrip();
    void auditTrailIsAppendOnly();

    void getOfMissingIdSaysWhatWasNotFound();
    void updateAndRemoveOfMissingIdFail();
    void unknownEnumKeyNamesTableRowAndColumn();
    void failedChildRowLeavesNothingBehind();
    void removingOpeningCascades();
    void removingCandidateCascades();
    void removingSeatedPanelistIsRefused();
    void removingUsedRubricOrRoundIsRefused();
    void removingScoredCriterionIsRefused();

private:
    // A small but complete opening: two panelists, a rubric with two
    // criteria, a round, one candidate with an application, an interview
    // and a submitted scorecard.
    void buildFixture();
    qint64 count(const char* table);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    Panelist m_ada, m_grace;
    Opening m_opening;
    Rubric m_rubric;
    InterviewRound m_round;
    Candidate m_candidate;
    Application m_application;
    Interview m_interview;
    Scorecard m_scorecard;
};

void TestRepositories::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto db = test::TestDatabase::open(m_dir->filePath(QStringLiteral("repos.sqlite")));
    QVERIFY2(db, qPrintable(db.errorMessage()));
    m_db = std::move(db).value();
}

void TestRepositories::cleanup() {
    m_db.reset();
    m_dir.reset();
}

qint64 TestRepositories::count(const char* table) {
    auto q = m_db->exec(QStringLiteral("SELECT COUNT(*) FROM ") + QLatin1String(table));
    return q && q->next() ? q->value(0).toLongLong() : -1;
}

void TestRepositories::buildFixture() {
    m_ada = Panelist{kNoRow,
                     {},
                     QStringLiteral("Ada"),
                     QStringLiteral("ada@example.org"),
                     QStringLiteral("Engineering manager"),
                     {}};
    m_grace = Panelist{kNoRow, {}, QStringLiteral("Grace"), {}, QStringLiteral("Engineer"), {}};
    PanelistRepository panelists(*m_db);
    VERIFY_OK(panelists.insert(m_ada));
    VERIFY_OK(panelists.insert(m_grace));

    m_opening.title = QStringLiteral("Backend engineer");
    m_opening.createdAt = utc("2024-05-01T09:30:00.123Z");
    m_opening.panel = {{m_grace.id, false}, {m_ada.id, true}};
    VERIFY_OK(OpeningRepository(*m_db).insert(m_opening));

    m_rubric.openingId = m_opening.id;
    m_rubric.name = QStringLiteral("Backend rubric");
    m_rubric.criteria = {criterion(QStringLiteral("APIs"), 2.0, 4),
                         criterion(QStringLiteral("Databases"), 1.0, 5)};
    VERIFY_OK(RubricRepository(*m_db).insert(m_rubric));

    m_round.openingId = m_opening.id;
    m_round.name = QStringLiteral("Technical");
    m_round.criterionIds = {m_rubric.criteria[1].id, m_rubric.criteria[0].id};
    VERIFY_OK(InterviewRoundRepository(*m_db).insert(m_round));

    m_candidate.fullName = kUnicode;
    m_candidate.email = QStringLiteral("zoe@example.org");
    VERIFY_OK(CandidateRepository(*m_db).insert(m_candidate));

    m_application.candidateId = m_candidate.id;
    m_application.openingId = m_opening.id;
    m_application.stage = PipelineStage::Final;
    m_application.appliedOn = QDate(2024, 5, 3);
    VERIFY_OK(ApplicationRepository(*m_db).insert(m_application));

    m_interview.applicationId = m_application.id;
    m_interview.roundId = m_round.id;
    m_interview.scheduledAt = utc("2024-05-10T14:00:00.000Z");
    m_interview.panelistIds = {m_grace.id, m_ada.id};
    VERIFY_OK(InterviewRepository(*m_db).insert(m_interview));

    m_scorecard.interviewId = m_interview.id;
    m_scorecard.panelistId = m_ada.id;
    m_scorecard.rubricId = m_rubric.id;
    m_scorecard.status = ScorecardStatus::Submitted;
    m_scorecard.recommendation = Recommendation::Yes;
    m_scorecard.submittedAt = utc("2024-05-10T16:00:00.007Z");
    m_scorecard.ratings = {{m_rubric.criteria[1].id, 4, kUnicode},
                           {m_rubric.criteria[0].id, std::nullopt, QString()}};
    VERIFY_OK(ScorecardRepository(*m_db).insert(m_scorecard));
}

void TestRepositories::panelistRoundTrip() {
    PanelistRepository repo(*m_db);
    Panelist full{
        kNoRow, {}, kUnicode, QStringLiteral("zoë@例え.jp"), kTricky, QStringLiteral("zoe_role")};
    Panelist empty{kNoRow, QUuid::createUuid(), QStringLiteral("ada"), {}, {}, {}};
    const QUuid givenUuid = empty.uuid;
    VERIFY_OK(repo.insert(full));
    VERIFY_OK(repo.insert(empty));
    QVERIFY(full.id != kNoRow);
    QVERIFY(!full.uuid.isNull());
    QCOMPARE(empty.uuid, givenUuid);

    QCOMPARE(repo.get(full.id).value(), full);
    QCOMPARE(repo.get(empty.id).value(), empty);
    QCOMPARE(repo.findByUuid(full.uuid).value(), std::optional<Panelist>(full));
    QCOMPARE(repo.findByUuid(QUuid::createUuid()).value(), std::optional<Panelist>());
    // By name, ignoring case: "ada" before "Zoë…".
    QCOMPARE(repo.list().value(), (QList<Panelist>{empty, full}));

    full.name = QStringLiteral("Renamed");
    VERIFY_OK(repo.update(full));
    QCOMPARE(repo.get(full.id).value(), full);
}

void TestRepositories::candidateRoundTrip() {
    CandidateRepository repo(*m_db);
    Candidate zoe{kNoRow,
                  {},
                  kUnicode,
                  QStringLiteral("Zoë"),
                  QStringLiteral("Zoe@Example.org"),
                  QStringLiteral("+33 1 23 45 67 89"),
                  QStringLiteral("Paris"),
                  QStringLiteral("referral"),
                  kTricky,
                  utc("2024-02-29T23:59:59.999Z")};
    Candidate bare;
    bare.fullName = QStringLiteral("bob");
    bare.createdAt = utc("2024-03-01T00:00:00.001Z");
    VERIFY_OK(repo.insert(zoe));
    VERIFY_OK(repo.insert(bare));

    const Candidate read = repo.get(zoe.id).value();
    QCOMPARE(read, zoe);
    QCOMPARE(read.createdAt.timeSpec(), Qt::UTC);
    QCOMPARE(repo.get(bare.id).value(), bare);
    QCOMPARE(repo.findByUuid(zoe.uuid).value(), std::optional<Candidate>(zoe));
    QCOMPARE(repo.findByEmail(QStringLiteral("zoe@EXAMPLE.org")).value(), QList<Candidate>{zoe});
    QCOMPARE(repo.findByEmail(QStringLiteral("nobody@example.org")).value(), QList<Candidate>());
    QCOMPARE(repo.list().value(), (QList<Candidate>{bare, zoe}));

    // A timestamp given in another offset reads back as the same instant.
    bare.createdAt = QDateTime(QDate(2024, 3, 1), QTime(10, 0, 0, 250), Qt::OffsetFromUTC, 7200);
    VERIFY_OK(repo.update(bare));
    const Candidate updated = repo.get(bare.id).value();
    QCOMPARE(updated.createdAt, utc("2024-03-01T08:00:00.250Z"));
    QCOMPARE(updated.createdAt.timeSpec(), Qt::UTC);
}

void TestRepositories::missingTimestampIsStampedOnInsert() {
    CandidateRepository repo(*m_db);
    Candidate c;
    c.fullName = QStringLiteral("No date");
    const QDateTime before = QDateTime::currentDateTimeUtc().addMSecs(-1);
    VERIFY_OK(repo.insert(c));
    QVERIFY(c.createdAt.isValid());
    QVERIFY(c.createdAt >= before);
    QCOMPARE(repo.get(c.id).value(), c);

    // An update without a timestamp keeps the stored one.
    Candidate noDate = c;
    noDate.createdAt = QDateTime();
    noDate.notes = QStringLiteral("changed");
    VERIFY_OK(repo.update(noDate));
    const Candidate read = repo.get(c.id).value();
    QCOMPARE(read.createdAt, c.createdAt);
    QCOMPARE(read.notes, noDate.notes);
}

void TestRepositories::openingRoundTripKeepsSeatOrder() {
    PanelistRepository panelists(*m_db);
    QList<Panelist> people;
    for (const char* name : {"A", "B", "C"}) {
        Panelist p;
        p.name = QLatin1String(name);
        VERIFY_OK(panelists.insert(p));
        people.append(p);
    }
    OpeningRepository repo(*m_db);
    Opening older;
    older.title = QStringLiteral("Older");
    older.createdAt = utc("2023-01-01T00:00:00.000Z");
    Opening o{kNoRow,
              {},
              kUnicode,
              kTricky,
              QStringLiteral("Hélène"),
              3,
              OpeningStatus::OnHold,
              QString(),
              utc("2024-01-02T03:04:05.678Z"),
              {{people[2].id, false}, {people[0].id, true}, {people[1].id, false}}};
    VERIFY_OK(repo.insert(older));
    VERIFY_OK(repo.insert(o));
    QCOMPARE(repo.get(o.id).value(), o);
    QCOMPARE(repo.findByUuid(o.uuid).value(), std::optional<Opening>(o));
    QCOMPARE(repo.list().value(), (QList<Opening>{o, older}));
    QCOMPARE(panelists.forOpening(o.id).value(),
             (QList<Panelist>{people[2], people[0], people[1]}));
}

void TestRepositories::openingUpdateReplacesPanel() {
    buildFixture();
    OpeningRepository repo(*m_db);
    m_opening.panel = {{m_ada.id, false}};
    m_opening.status = OpeningStatus::Filled;
    VERIFY_OK(repo.update(m_opening));
    QCOMPARE(repo.get(m_opening.id).value(), m_opening);
    QCOMPARE(count("opening_panel"), qint64(1));
}

void TestRepositories::rubricRoundTrip() {
    RubricRepository repo(*m_db);
    Rubric r;
    r.name = kUnicode;
    r.description = kTricky;
    r.createdAt = utc("2024-04-04T04:04:04.404Z");
    r.criteria = {criterion(QStringLiteral("Clarity"), 0.1, 4),
                  criterion(QStringLiteral("Ownership"), 1.0 / 3.0, 10),
                  criterion(QStringLiteral("Zero"), 0.0, 2)};
    r.criteria[2].anchors = {QString(), QStringLiteral("")};
    VERIFY_OK(repo.insert(r));
    QCOMPARE(r.familyUuid, r.uuid);
    for (const Criterion& c : std::as_const(r.criteria)) {
        QVERIFY(c.id != kNoRow);
        QVERIFY(!c.uuid.isNull());
    }
    QCOMPARE(repo.get(r.id).value(), r);
    QCOMPARE(repo.findByUuid(r.uuid).value(), std::optional<Rubric>(r));
    QCOMPARE(repo.templates().value(), QList<Rubric>{r});
}

void TestRepositories::rubricUpdateKeepsCriteriaAndReplacesAnchors() {
    RubricRepository repo(*m_db);
    Rubric r;
    r.name = QStringLiteral("R");
    r.criteria = {criterion(QStringLiteral("One"), 1, 4), criterion(QStringLiteral("Two"), 1, 4),
                  criterion(QStringLiteral("Three"), 1, 4)};
    VERIFY_OK(repo.insert(r));
    const RowId keptId = r.criteria[2].id;

    // Drop "Two", move "Three" first with a new scale, add "Four".
    Criterion three = r.criteria[2];
    three.scaleSize = 2;
    three.anchors = {QStringLiteral("weak"), QStringLiteral("strong")};
    r.criteria = {three, r.criteria[0], criterion(QStringLiteral("Four"), 0.5, 3)};
    VERIFY_OK(repo.update(r));

    const Rubric read = repo.get(r.id).value();
    QCOMPARE(read.criteria.size(), 3);
    QCOMPARE(read.criteria[0], three);
    QCOMPARE(read.criteria[0].id, keptId);
    QCOMPARE(read.criteria[1], r.criteria[1]);
    QCOMPARE(read.criteria[2].name, QStringLiteral("Four"));
    QVERIFY(read.criteria[2].id != kNoRow);
    QCOMPARE(read.criteria[2].anchors, r.criteria[2].anchors);
    QCOMPARE(count("criteria"), qint64(3));
    QCOMPARE(count("criterion_anchors"), qint64(2 + 4 + 3));
}

void TestRepositories::rubricVersions() {
    buildFixture();
    RubricRepository repo(*m_db);
    Rubric v3 = m_rubric;
    v3.id = kNoRow;
    v3.uuid = QUuid();
    v3.version = 3;
    v3.criteria = {criterion(QStringLiteral("Only"), 1, 4)};
    Rubric v2 = v3;
    v2.version = 2;
    v2.criteria = {criterion(QStringLiteral("Other"), 1, 4)};
    // Inserted out of order: "current" means the highest version, not the newest row.
    VERIFY_OK(repo.insert(v3));
    VERIFY_OK(repo.insert(v2));
    QCOMPARE(v3.familyUuid, m_rubric.familyUuid);
    QCOMPARE(repo.currentForOpening(m_opening.id).value(), std::optional<Rubric>(v3));
    QCOMPARE(repo.versionsForOpening(m_opening.id).value(), (QList<Rubric>{m_rubric, v2, v3}));
    QCOMPARE(repo.currentForOpening(m_opening.id + 100).value(), std::optional<Rubric>());
    QCOMPARE(repo.templates().value(), QList<Rubric>());

    Rubric clash = v2; // same family and version
    clash.id = kNoRow;
    clash.uuid = QUuid();
    clash.criteria.clear();
    QVERIFY(!repo.insert(clash));
}

void TestRepositories::roundRoundTrip() {
    buildFixture();
    InterviewRoundRepository repo(*m_db);
    QCOMPARE(repo.get(m_round.id).value(), m_round);
    InterviewRound first{kNoRow,   {},      m_opening.id, -1,
                         kUnicode, kTricky, 90,           {m_rubric.criteria[0].id}};
    VERIFY_OK(repo.insert(first));
    QCOMPARE(repo.findByUuid(first.uuid).value(), std::optional<InterviewRound>(first));
    QCOMPARE(repo.forOpening(m_opening.id).value(), (QList<InterviewRound>{first, m_round}));

    m_round.criterionIds = {m_rubric.criteria[0].id};
    m_round.name = QStringLiteral("Renamed");
    VERIFY_OK(repo.update(m_round));
    QCOMPARE(repo.get(m_round.id).value(), m_round);
    QCOMPARE(count("round_criteria"), qint64(2));
}

void TestRepositories::applicationRoundTrip() {
    buildFixture();
    ApplicationRepository repo(*m_db);
    QCOMPARE(repo.get(m_application.id).value(), m_application);

    Candidate other;
    other.fullName = QStringLiteral("Other");
    VERIFY_OK(CandidateRepository(*m_db).insert(other));
    Application a{kNoRow,
                  {},
                  other.id,
                  m_opening.id,
                  PipelineStage::Rejected,
                  PipelineStage::Offer,
                  QDate(2024, 1, 31),
                  QDate(2024, 2, 29),
                  true,
                  kUnicode,
                  utc("2024-03-03T03:03:03.003Z"),
                  true,
                  QStringLiteral("Runner-up until the offer is accepted")};
    VERIFY_OK(repo.insert(a));
    QCOMPARE(repo.get(a.id).value(), a);
    QCOMPARE(repo.findByUuid(a.uuid).value(), std::optional<Application>(a));
    // Oldest application first: 2024-01-31 before 2024-05-03.
    QCOMPARE(repo.forOpening(m_opening.id).value(), (QList<Application>{a, m_application}));
    QCOMPARE(repo.forCandidate(other.id).value(), QList<Application>{a});

    a.promisedResponseDate = QDate();
    a.stage = PipelineStage::Withdrawn;
    VERIFY_OK(repo.update(a));
    QCOMPARE(repo.get(a.id).value(), a);

    Application duplicate = a; // one application per candidate and opening
    duplicate.id = kNoRow;
    duplicate.uuid = QUuid();
    QVERIFY(!repo.insert(duplicate));
}

void TestRepositories::openingApplicationsOldestFirstUndatedLast() {
    buildFixture();
    // Applied 2024-05-03 (the fixture's), twice on 2024-01-31, never, and
    // 2024-12-01: ids in that order of insertion.
    QList<RowId> ids{m_application.id};
    const QList<QDate> applied{QDate(2024, 1, 31), QDate(), QDate(2024, 12, 1), QDate(2024, 1, 31),
                               QDate()};
    for (int i = 0; i < applied.size(); ++i) {
        Candidate c;
        c.fullName = QStringLiteral("Candidate %1").arg(i);
        VERIFY_OK(CandidateRepository(*m_db).insert(c));
        Application a;
        a.candidateId = c.id;
        a.openingId = m_opening.id;
        a.appliedOn = applied.at(i);
        VERIFY_OK(ApplicationRepository(*m_db).insert(a));
        ids.append(a.id);
    }
    // The reference is the ORDER BY the repository used to send SQLite:
    // dated ones by date (text order of yyyy-MM-dd), then the undated ones,
    // ties by id.
    auto ordered = m_db->exec(QStringLiteral("SELECT id FROM applications WHERE opening_id = ? "
                                             "ORDER BY CASE WHEN applied_on IS NULL THEN 1 "
                                             "ELSE 0 END, applied_on, id"),
                              {m_opening.id});
    QVERIFY2(ordered, qPrintable(ordered.errorMessage()));
    QList<RowId> expected;
    while (ordered->next())
        expected.append(ordered->value(0).toLongLong());
    // By hand: 31 Jan (ids[1], ids[4]), 3 May (ids[0]), 1 Dec (ids[3]), undated (ids[2], ids[5]).
    QCOMPARE(expected, (QList<RowId>{ids[1], ids[4], ids[0], ids[3], ids[2], ids[5]}));
    auto read = ApplicationRepository(*m_db).forOpening(m_opening.id);
    QVERIFY2(read, qPrintable(read.errorMessage()));
    QList<RowId> got;
    for (const Application& a : std::as_const(*read))
        got.append(a.id);
    QCOMPARE(got, expected);
}

void TestRepositories::storedDatesAndTimesReadAsQtParsesThem() {
    buildFixture();
    // What Debrief writes (yyyy-MM-dd, UTC with milliseconds) and other
    // forms another program may have stored; each must read as Qt's ISO
    // parser reads it (in UTC), and a text it refuses must fail the read.
    const QStringList times{
        QStringLiteral("2024-03-03T03:03:03.003Z"), QStringLiteral("2024-02-29T00:00:00.000Z"),
        QStringLiteral("1999-12-31T23:59:59.999Z"), QStringLiteral("2024-03-03T04:03:03.003+01:00"),
        QStringLiteral("2024-03-03T03:03:03Z"),     QStringLiteral("2024-03-03T03:03:03.5Z"),
        QStringLiteral("2024-03-03T03:03:03.003"),  QStringLiteral("2024-03-03T24:00:00.000Z"),
        QStringLiteral("2023-02-29T00:00:00.000Z"), QStringLiteral("2024-03-03T03:60:00.000Z"),
        QStringLiteral("2024-03-03T03:03:03.0x3Z"), QStringLiteral("2024-03-03X03:03:03.003Z"),
        QStringLiteral("-024-03-03T03:03:03.003Z"), QStringLiteral("0000-01-01T00:00:00.000Z")};
    const QStringList dates{
        QStringLiteral("2024-01-31"), QStringLiteral("2024-02-29"), QStringLiteral("2023-02-29"),
        QStringLiteral("2024/01/31"), QStringLiteral("2024-13-01"), QStringLiteral("-024-01-31"),
        QStringLiteral("0000-01-01"), QStringLiteral("2024-1-31"),  QStringLiteral("2024-01-3x")};
    int valid = 0;
    int refused = 0;
    for (const QString& time : times) {
        for (const QString& date : dates) {
            VERIFY_OK(m_db->exec(
                QStringLiteral(
                    "UPDATE applications SET applied_on = ?, updated_at = ? WHERE id = ?"),
                {date, time, m_application.id}));
            const QDateTime qtTime = QDateTime::fromString(time, Qt::ISODateWithMs).toUTC();
            const QDate qtDate = QDate::fromString(date, Qt::ISODate);
            const auto read = ApplicationRepository(*m_db).get(m_application.id);
            if (!qtTime.isValid() || !qtDate.isValid()) {
                QVERIFY2(!read, qPrintable(time + u' ' + date));
                ++refused;
                continue;
            }
            QVERIFY2(read, qPrintable(read.errorMessage()));
            QCOMPARE(read->updatedAt, qtTime);
            QCOMPARE(read->updatedAt.timeSpec(), Qt::UTC);
            QCOMPARE(read->updatedAt.toString(Qt::ISODateWithMs),
                     qtTime.toString(Qt::ISODateWithMs));
            QCOMPARE(read->appliedOn, qtDate);
            ++valid;
        }
    }
    // Neither side is vacuous.
    QVERIFY(valid >= 10);
    QVERIFY(refused >= 10);
}

void TestRepositories::interviewRoundTrip() {
    buildFixture();
    InterviewRepository repo(*m_db);
    QCOMPARE(repo.get(m_interview.id).value(), m_interview);
    // Field by field: an aggregate initializer must name every later field
    // too (-Wmissing-field-initializers, an error in CI).
    Interview unscheduled;
    unscheduled.applicationId = m_application.id;
    unscheduled.roundId = m_round.id;
    unscheduled.durationMinutes = 30;
    unscheduled.location = kUnicode;
    Interview earlier = unscheduled;
    earlier.scheduledAt = utc("2024-05-09T08:00:00.000Z");
    earlier.durationMinutes = 60;
    earlier.location.clear();
    earlier.panelistIds = {m_ada.id};
    VERIFY_OK(repo.insert(unscheduled));
    VERIFY_OK(repo.insert(earlier));
    QCOMPARE(repo.findByUuid(unscheduled.uuid).value(), std::optional<Interview>(unscheduled));
    QCOMPARE(repo.forApplication(m_application.id).value(),
             (QList<Interview>{earlier, m_interview, unscheduled}));

    m_interview.panelistIds = {m_ada.id};
    m_interview.scheduledAt = QDateTime();
    VERIFY_OK(repo.update(m_interview));
    QCOMPARE(repo.get(m_interview.id).value(), m_interview);
}

void TestRepositories::scorecardRoundTrip() {
    buildFixture();
    ScorecardRepository repo(*m_db);
    const Scorecard read = repo.get(m_scorecard.id).value();
    QCOMPARE(read, m_scorecard);
    QCOMPARE(read.ratings[1].score, std::optional<int>()); // not assessed, not zero

    Scorecard draft{kNoRow,
                    {},
                    m_interview.id,
                    m_grace.id,
                    m_rubric.id,
                    ScorecardStatus::Draft,
                    std::nullopt,
                    kUnicode,
                    {{m_rubric.criteria[0].id, 1, kTricky}},
                    utc("2024-05-10T15:00:00.000Z"),
                    {}};
    VERIFY_OK(repo.insert(draft));
    QCOMPARE(repo.get(draft.id).value(), draft);
    QCOMPARE(repo.findByUuid(draft.uuid).value(), std::optional<Scorecard>(draft));
    const QList<Scorecard> both{m_scorecard, draft};
    QCOMPARE(repo.forInterview(m_interview.id).value(), both);
    QCOMPARE(repo.forApplication(m_application.id).value(), both);
    QCOMPARE(repo.forOpening(m_opening.id).value(), both);
    QCOMPARE(repo.forOpening(m_opening.id + 1).value(), QList<Scorecard>());
}

void TestRepositories::scorecardUpdateReplacesRatings() {
    buildFixture();
    ScorecardRepository repo(*m_db);
    // The fixture's card is submitted, and so locked: updating it is
    // refused and changes nothing (tst_scorecardworkflow: only an amendment).
    Scorecard submitted = m_scorecard;
    submitted.keyTakeaways = QStringLiteral("changed quietly");
    QVERIFY(!repo.update(submitted).ok());
    QCOMPARE(repo.get(m_scorecard.id).value(), m_scorecard);

    // A draft's update replaces its ratings.
    Scorecard draft = m_scorecard;
    draft.id = kNoRow;
    draft.uuid = QUuid();
    draft.panelistId = m_grace.id;
    draft.status = ScorecardStatus::Draft;
    draft.submittedAt = QDateTime();
    VERIFY_OK(repo.insert(draft));
    draft.ratings = {{m_rubric.criteria[0].id, 3, QStringLiteral("better")}};
    draft.recommendation = std::nullopt;
    draft.keyTakeaways = QString();
    VERIFY_OK(repo.update(draft));
    QCOMPARE(repo.get(draft.id).value(), draft);
    // The submitted card's ratings and the draft's one.
    QCOMPARE(count("ratings"), qint64(m_scorecard.ratings.size()) + 1);
}

void TestRepositories::referenceRoundTrip() {
    buildFixture();
    ReferenceRepository repo(*m_db);
    Reference full{kNoRow,
                   {},
                   m_application.id,
                   kUnicode,
                   QStringLiteral("former manager"),
                   kTricky,
                   QDate(2024, 6, 1),
                   QStringLiteral("Glowing"),
                   true};
    Reference bare;
    bare.applicationId = m_application.id;
    bare.name = QStringLiteral("B");
    VERIFY_OK(repo.insert(full));
    VERIFY_OK(repo.insert(bare));
    QCOMPARE(repo.get(full.id).value(), full);
    QCOMPARE(repo.get(bare.id).value(), bare);
    QCOMPARE(repo.findByUuid(bare.uuid).value(), std::optional<Reference>(bare));
    QCOMPARE(repo.forApplication(m_application.id).value(), (QList<Reference>{full, bare}));
    full.concern = false;
    full.contactedOn = QDate();
    VERIFY_OK(repo.update(full));
    QCOMPARE(repo.get(full.id).value(), full);
    VERIFY_OK(repo.remove(bare.id));
    QCOMPARE(repo.forApplication(m_application.id).value(), QList<Reference>{full});
}

void TestRepositories::decisionRoundTrip() {
    buildFixture();
    Candidate second;
    second.fullName = QStringLiteral("Second");
    VERIFY_OK(CandidateRepository(*m_db).insert(second));
    Application runnerUp;
    runnerUp.candidateId = second.id;
    runnerUp.openingId = m_opening.id;
    VERIFY_OK(ApplicationRepository(*m_db).insert(runnerUp));

    DecisionRepository repo(*m_db);
    QCOMPARE(repo.forOpening(m_opening.id).value(), std::optional<Decision>());
    Decision d{
        kNoRow,
        {},
        m_opening.id,
        utc("2024-06-01T12:00:00.500Z"),
        m_ada.id,
        kUnicode,
        {m_rubric.criteria[1].id, m_rubric.criteria[0].id},
        true,
        {{runnerUp.id, DecisionRole::RunnerUp, 1}, {m_application.id, DecisionRole::Chosen, 0}}};
    VERIFY_OK(repo.insert(d));
    QCOMPARE(repo.get(d.id).value(), d);
    QCOMPARE(repo.findByUuid(d.uuid).value(), std::optional<Decision>(d));
    QCOMPARE(repo.forOpening(m_opening.id).value(), std::optional<Decision>(d));

    d.decidedBy = kNoRow; // recorded by nobody on the panel any more
    d.decidingCriterionIds = {};
    d.outcomes = {{m_application.id, DecisionRole::NotSelected, 0}};
    d.shareDecidingFactor = false;
    VERIFY_OK(repo.update(d));
    QCOMPARE(repo.get(d.id).value(), d);
    QCOMPARE(count("decision_outcomes"), qint64(1));
    QCOMPARE(count("decision_criteria"), qint64(0));

    Decision second_decision = d; // at most one decision per opening
    second_decision.id = kNoRow;
    second_decision.uuid = QUuid();
    QVERIFY(!repo.insert(second_decision));
}

void TestRepositories::communicationRoundTrip() {
    buildFixture();
    CommunicationRepository repo(*m_db);
    CommunicationEntry later{kNoRow,
                             {},
                             m_application.id,
                             utc("2024-05-20T10:00:00.000Z"),
                             CommunicationChannel::VideoCall,
                             CommunicationDirection::Inbound,
                             kUnicode,
                             QDate(2024, 5, 31),
                             QStringLiteral("Ada")};
    CommunicationEntry earlier{kNoRow,
                               {},
                               m_application.id,
                               utc("2024-05-01T10:00:00.000Z"),
                               CommunicationChannel::Letter,
                               CommunicationDirection::Outbound,
                               {},
                               {},
                               {}};
    VERIFY_OK(repo.insert(later));
    VERIFY_OK(repo.insert(earlier));
    QCOMPARE(repo.get(later.id).value(), later);
    QCOMPARE(repo.findByUuid(earlier.uuid).value(), std::optional<CommunicationEntry>(earlier));
    QCOMPARE(repo.forApplication(m_application.id).value(),
             (QList<CommunicationEntry>{earlier, later}));
    later.channel = CommunicationChannel::Phone;
    VERIFY_OK(repo.update(later));
    QCOMPARE(repo.get(later.id).value(), later);
}

void TestRepositories::auditTrailIsAppendOnly() {
    AuditRepository repo(*m_db);
    const QUuid card = QUuid::createUuid();
    AuditEntry first{kNoRow,
                     {},
                     utc("2024-05-11T09:00:00.000Z"),
                     QStringLiteral("Ada"),
                     QStringLiteral("scorecard"),
                     card,
                     QStringLiteral("score"),
                     QString(), // no old value
                     QStringLiteral("4"),
                     kUnicode};
    AuditEntry second = first;
    second.occurredAt = utc("2024-05-12T09:00:00.000Z");
    second.oldValue = QStringLiteral("4");
    second.newValue = QStringLiteral("");
    AuditEntry other = first;
    other.entityUuid = QUuid::createUuid();
    VERIFY_OK(repo.insert(second));
    VERIFY_OK(repo.insert(first));
    VERIFY_OK(repo.insert(other));
    QCOMPARE(repo.get(first.id).value(), first);
    QCOMPARE(repo.findByUuid(second.uuid).value(), std::optional<AuditEntry>(second));
    QCOMPARE(repo.forEntity(QStringLiteral("scorecard"), card).value(),
             (QList<AuditEntry>{first, second}));
    QCOMPARE(repo.list().value().size(), 3);

    AuditEntry changed = first;
    changed.newValue = QStringLiteral("1");
    const Status updated = repo.update(changed);
    QVERIFY(!updated);
    QVERIFY2(updated.errorMessage().contains(QStringLiteral("audit trail cannot be changed")),
             qPrintable(updated.errorMessage()));
    QVERIFY(!repo.remove(first.id));
    QCOMPARE(repo.get(first.id).value(), first);
    QCOMPARE(count("audit_log"), qint64(3));
}

void TestRepositories::getOfMissingIdSaysWhatWasNotFound() {
    const RowId missing = 4242;
    const QList<std::pair<QString, QString>> messages = {
        {QStringLiteral("panelist"), PanelistRepository(*m_db).get(missing).errorMessage()},
        {QStringLiteral("candidate"), CandidateRepository(*m_db).get(missing).errorMessage()},
        {QStringLiteral("opening"), OpeningRepository(*m_db).get(missing).errorMessage()},
        {QStringLiteral("rubric"), RubricRepository(*m_db).get(missing).errorMessage()},
        {QStringLiteral("interview round"),
         InterviewRoundRepository(*m_db).get(missing).errorMessage()},
        {QStringLiteral("application"), ApplicationRepository(*m_db).get(missing).errorMessage()},
        {QStringLiteral("interview"), InterviewRepository(*m_db).get(missing).errorMessage()},
        {QStringLiteral("scorecard"), ScorecardRepository(*m_db).get(missing).errorMessage()},
        {QStringLiteral("reference"), ReferenceRepository(*m_db).get(missing).errorMessage()},
        {QStringLiteral("decision"), DecisionRepository(*m_db).get(missing).errorMessage()},
        {QStringLiteral("communication"),
         CommunicationRepository(*m_db).get(missing).errorMessage()},
        {QStringLiteral("audit"), AuditRepository(*m_db).get(missing).errorMessage()},
    };
    for (const auto& [kind, message] : messages) {
        QVERIFY2(message.contains(kind), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("4242")), qPrintable(message));
    }
}

void TestRepositories::updateAndRemoveOfMissingIdFail() {
    Candidate ghost;
    ghost.id = 77;
    ghost.fullName = QStringLiteral("Ghost");
    CandidateRepository repo(*m_db);
    const Status updated = repo.update(ghost);
    QVERIFY(!updated);
    QVERIFY(updated.errorMessage().contains(QStringLiteral("77")));
    QVERIFY(!repo.remove(77));
    Opening nothing;
    nothing.id = 78;
    QVERIFY(!OpeningRepository(*m_db).update(nothing));
    QCOMPARE(count("candidates"), qint64(0));
}

void TestRepositories::unknownEnumKeyNamesTableRowAndColumn() {
    buildFixture();
    VERIFY_OK(m_db->exec(QStringLiteral("UPDATE applications SET furthest_stage = ? WHERE id = ?"),
                         {QStringLiteral("promoted"), m_application.id}));
    const auto read = ApplicationRepository(*m_db).get(m_application.id);
    QVERIFY(!read);
    const QString message = read.errorMessage();
    for (const QString& part : {QStringLiteral("applications"), QStringLiteral("furthest_stage"),
                                QStringLiteral("id %1").arg(m_application.id),
                                QStringLiteral("promoted"), QStringLiteral("withdrawn")}) {
        QVERIFY2(message.contains(part), qPrintable(message));
    }
    // A malformed child row is reported with the child table's keys.
    Decision d;
    d.openingId = m_opening.id;
    d.outcomes = {{m_application.id, DecisionRole::Chosen, 0}};
    VERIFY_OK(DecisionRepository(*m_db).insert(d));
    VERIFY_OK(m_db->exec(QStringLiteral("UPDATE decision_outcomes SET role = 'maybe'")));
    const auto decision = DecisionRepository(*m_db).get(d.id);
    QVERIFY(!decision);
    for (const QString& part :
         {QStringLiteral("decision_outcomes"), QStringLiteral("decision_id %1").arg(d.id),
          QStringLiteral("role"), QStringLiteral("maybe")}) {
        QVERIFY2(decision.errorMessage().contains(part), qPrintable(decision.errorMessage()));
    }
}

void TestRepositories::failedChildRowLeavesNothingBehind() {
    Opening o;
    o.title = QStringLiteral("Doomed");
    o.panel = {{RowId(999), true}}; // no such panelist
    const Status inserted = OpeningRepository(*m_db).insert(o);
    QVERIFY(!inserted);
    QCOMPARE(o.id, kNoRow);
    QVERIFY(o.uuid.isNull());
    QCOMPARE(count("openings"), qint64(0));
    QCOMPARE(count("opening_panel"), qint64(0));
}

void TestRepositories::removingOpeningCascades() {
    buildFixture();
    Decision d;
    d.openingId = m_opening.id;
    d.decidedBy = m_ada.id;
    d.decidingCriterionIds = {m_rubric.criteria[0].id};
    d.outcomes = {{m_application.id, DecisionRole::Chosen, 0}};
    VERIFY_OK(DecisionRepository(*m_db).insert(d));
    CommunicationEntry c;
    c.applicationId = m_application.id;
    VERIFY_OK(CommunicationRepository(*m_db).insert(c));
    Reference r;
    r.applicationId = m_application.id;
    r.name = QStringLiteral("Ref");
    VERIFY_OK(ReferenceRepository(*m_db).insert(r));

    VERIFY_OK(OpeningRepository(*m_db).remove(m_opening.id));
    for (const char* table :
         {"openings", "opening_panel", "rubrics", "criteria", "criterion_anchors", "rounds",
          "round_criteria", "applications", "interviews", "interview_panelists", "scorecards",
          "ratings", "referees", "decisions", "decision_criteria", "decision_outcomes",
          "communications"}) {
        QVERIFY2(count(table) == 0, table);
    }
    // People outlive the opening.
    QCOMPARE(count("candidates"), qint64(1));
    QCOMPARE(count("panelists"), qint64(2));
    QVERIFY(!OpeningRepository(*m_db).get(m_opening.id));
}

void TestRepositories::removingCandidateCascades() {
    buildFixture();
    VERIFY_OK(CandidateRepository(*m_db).remove(m_candidate.id));
    QCOMPARE(count("applications"), qint64(0));
    QCOMPARE(count("interviews"), qint64(0));
    QCOMPARE(count("scorecards"), qint64(0));
    QCOMPARE(count("ratings"), qint64(0));
    QCOMPARE(count("openings"), qint64(1));
    QCOMPARE(count("rubrics"), qint64(1));
}

void TestRepositories::removingSeatedPanelistIsRefused() {
    buildFixture();
    PanelistRepository repo(*m_db);
    const Status refused = repo.remove(m_grace.id);
    QVERIFY(!refused);
    QVERIFY2(refused.errorMessage().contains(QStringLiteral("panel")),
             qPrintable(refused.errorMessage()));
    QCOMPARE(repo.get(m_grace.id).value(), m_grace);

    // Off the panel and the interview, Grace (who wrote no scorecard) may go.
    m_opening = OpeningRepository(*m_db).get(m_opening.id).value();
    m_interview = InterviewRepository(*m_db).get(m_interview.id).value();
    m_opening.panel = {{m_ada.id, true}};
    VERIFY_OK(OpeningRepository(*m_db).update(m_opening));
    m_interview.panelistIds = {m_ada.id};
    VERIFY_OK(InterviewRepository(*m_db).update(m_interview));
    VERIFY_OK(repo.remove(m_grace.id));
    QVERIFY(!repo.get(m_grace.id));
    // Ada wrote a scorecard: still refused after leaving every panel.
    m_opening.panel = {};
    VERIFY_OK(OpeningRepository(*m_db).update(m_opening));
    m_interview.panelistIds = {};
    VERIFY_OK(InterviewRepository(*m_db).update(m_interview));
    QVERIFY(!repo.remove(m_ada.id));
}

void TestRepositories::removingUsedRubricOrRoundIsRefused() {
    buildFixture();
    const Status rubric = RubricRepository(*m_db).remove(m_rubric.id);
    QVERIFY(!rubric);
    QVERIFY2(rubric.errorMessage().contains(QStringLiteral("scorecard")),
             qPrintable(rubric.errorMessage()));
    const Status round = InterviewRoundRepository(*m_db).remove(m_round.id);
    QVERIFY(!round);
    QVERIFY2(round.errorMessage().contains(QStringLiteral("interview")),
             qPrintable(round.errorMessage()));
    QCOMPARE(count("rubrics"), qint64(1));
    QCOMPARE(count("rounds"), qint64(1));

    VERIFY_OK(InterviewRepository(*m_db).remove(m_interview.id));
    QCOMPARE(count("scorecards"), qint64(0)); // cascaded with the interview
    Decision d;
    d.openingId = m_opening.id;
    d.decidingCriterionIds = {m_rubric.criteria[1].id};
    VERIFY_OK(DecisionRepository(*m_db).insert(d));
    const Status named = RubricRepository(*m_db).remove(m_rubric.id);
    QVERIFY(!named);
    QVERIFY2(named.errorMessage().contains(QStringLiteral("decision")),
             qPrintable(named.errorMessage()));
    VERIFY_OK(DecisionRepository(*m_db).remove(d.id));
    VERIFY_OK(RubricRepository(*m_db).remove(m_rubric.id));
    VERIFY_OK(InterviewRoundRepository(*m_db).remove(m_round.id));
    QCOMPARE(count("criteria"), qint64(0));
}

void TestRepositories::removingScoredCriterionIsRefused() {
    buildFixture();
    RubricRepository repo(*m_db);
    Rubric edited = m_rubric;
    edited.criteria.removeFirst(); // criterion 0 has a rating on the scorecard
    const Status refused = repo.update(edited);
    QVERIFY(!refused);
    QVERIFY2(refused.errorMessage().contains(QStringLiteral("new version")),
             qPrintable(refused.errorMessage()));
    QCOMPARE(repo.get(m_rubric.id).value(), m_rubric); // rolled back whole
}

QTEST_GUILESS_MAIN(TestRepositories)
#include "tst_repositories.moc"
