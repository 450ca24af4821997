#include "TestDatabase.h"
#include "scoring/BlindScoringPolicy.h"
#include "scoring/ScoreReveal.h"
#include "scoring/ScorecardWorkflow.h"
#include "scoring/VisibleScorecards.h"
#include "storage/ApplicationRepository.h"
#include "storage/AuditRepository.h"
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

using namespace debrief;

namespace {
const QDateTime kNow(QDate(2026, 11, 26), QTime(14, 30), Qt::UTC);
const QString kPatEvidence = QStringLiteral("Pat saw a sharded queue");
} // namespace

/// The lead's reveal and what each panelist may see, over a real SQLite file:
/// Pat leads the panel, Sam and Kim sit on it, Olu is a panelist of the
/// database who sat on no interview. Pat has submitted, Kim has a draft.
class TestScoreReveal : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    RowId m_pat = kNoRow, m_sam = kNoRow, m_kim = kNoRow, m_olu = kNoRow;
    Opening m_opening;
    RowId m_application = kNoRow;
    RowId m_rubric = kNoRow;
    Scorecard m_patCard;

    QList<AuditEntry> openingAudit() {
        auto entries = AuditRepository(*m_db).forEntity(QStringLiteral("opening"), m_opening.uuid);
        return entries ? *entries : QList<AuditEntry>{};
    }

    bool revealed() { return OpeningRepository(*m_db).get(m_opening.id)->scoresRevealed; }

private slots:
    void init() {
        static int n = 0;
        auto db =
            test::TestDatabase::open(m_dir.filePath(QStringLiteral("reveal%1.sqlite").arg(++n)));
        QVERIFY2(db.ok(), qPrintable(db.errorMessage()));
        m_db = std::move(db.value());

        RowId* ids[] = {&m_pat, &m_sam, &m_kim, &m_olu};
        const char* names[] = {"Pat Lee", "Sam Ortiz", "Kim Novak", "Olu Ade"};
        for (int i = 0; i < 4; ++i) {
            Panelist p{kNoRow, {}, QString::fromLatin1(names[i]), {}, {}, {}};
            QVERIFY(PanelistRepository(*m_db).insert(p).ok());
            *ids[i] = p.id;
        }
        m_opening = Opening{};
        m_opening.title = QStringLiteral("Backend Engineer");
        m_opening.createdAt = kNow;
        m_opening.panel = {{m_sam, false}, {m_pat, true}, {m_kim, false}};
        QVERIFY(OpeningRepository(*m_db).insert(m_opening).ok());

        Rubric rubric;
        rubric.familyUuid = QUuid::createUuid();
        rubric.openingId = m_opening.id;
        rubric.name = QStringLiteral("Backend");
        rubric.createdAt = kNow;
        Criterion design;
        design.name = QStringLiteral("System design");
        design.scaleSize = 4;
        design.anchors = {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"),
                          QStringLiteral("d")};
        rubric.criteria = {design};
        QVERIFY(RubricRepository(*m_db).insert(rubric).ok());
        m_rubric = rubric.id;

        Candidate person;
        person.fullName = QStringLiteral("Alice Adams");
        person.createdAt = kNow;
        QVERIFY(CandidateRepository(*m_db).insert(person).ok());
        Application application;
        application.candidateId = person.id;
        application.openingId = m_opening.id;
        application.appliedOn = kNow.date();
        application.updatedAt = kNow;
        QVERIFY(ApplicationRepository(*m_db).insert(application).ok());
        m_application = application.id;
        InterviewRound round;
        round.openingId = m_opening.id;
        round.name = QStringLiteral("Technical");
        QVERIFY(InterviewRoundRepository(*m_db).insert(round).ok());
        Interview interview;
        interview.applicationId = application.id;
        interview.roundId = round.id;
        interview.scheduledAt = kNow;
        interview.panelistIds = {m_pat, m_sam, m_kim};
        QVERIFY(InterviewRepository(*m_db).insert(interview).ok());

        m_patCard = Scorecard{};
        m_patCard.interviewId = interview.id;
        m_patCard.panelistId = m_pat;
        m_patCard.rubricId = m_rubric;
        m_patCard.status = ScorecardStatus::Submitted;
        m_patCard.recommendation = Recommendation::StrongYes;
        m_patCard.ratings = {{rubric.criteria.first().id, 4, kPatEvidence}};
        m_patCard.updatedAt = m_patCard.submittedAt = kNow;
        QVERIFY(ScorecardRepository(*m_db).insert(m_patCard).ok());
        Scorecard kimDraft;
        kimDraft.interviewId = interview.id;
        kimDraft.panelistId = m_kim;
        kimDraft.rubricId = m_rubric;
        kimDraft.keyTakeaways = QStringLiteral("Kim's private draft");
        kimDraft.updatedAt = kNow;
        QVERIFY(ScorecardRepository(*m_db).insert(kimDraft).ok());
    }

    // On a file nothing hides a card, so the policy reads the cards once,
    // from the table: it works without the view of seats a server needs
    // (dropped here to prove it), and holds Pat's card with its ratings and
    // Kim's draft.
    void onAFileThePolicyReadsTheCardsOnce() {
        DEBRIEF_SQLITE_ONLY("the view a server reads the seats from");
        QVERIFY(m_db->exec(QStringLiteral("DROP VIEW scorecard_seats")));
        auto policy = BlindScoringPolicy::forApplication(*m_db, m_application, false);
        QVERIFY2(policy, qPrintable(policy.errorMessage()));
        QCOMPARE(policy->cards().size(), 2);
        QCOMPARE(policy->cards().constFirst(), m_patCard);
        QVERIFY(!policy->cards().constLast().isSubmitted());
        QCOMPARE(policy->cards().constLast().panelistId, m_kim);
    }

    void nonLeadIsRefused() {
        ScoreReveal reveal(*m_db);
        QVERIFY(!reveal.canReveal(m_opening.id, m_sam));
        const Status refused = reveal.reveal(m_opening.id, m_sam, kNow);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.errorMessage(),
                 QStringLiteral("Only the panel lead of “Backend Engineer” can reveal scores to "
                                "the panel."));
        QVERIFY(!revealed());
        QVERIFY(openingAudit().isEmpty());
    }

    void leadRevealsAndTheAuditLogSaysSo() {
        ScoreReveal reveal(*m_db);
        QVERIFY(reveal.canReveal(m_opening.id, m_pat));
        const Status done = reveal.reveal(m_opening.id, m_pat, kNow);
        QVERIFY2(done.ok(), qPrintable(done.errorMessage()));
        QVERIFY(revealed());
        QVERIFY(!reveal.canReveal(m_opening.id, m_pat));

        const QList<AuditEntry> audit = openingAudit();
        QCOMPARE(audit.size(), 1);
        QCOMPARE(audit.first().field, QStringLiteral("scores_revealed"));
        QCOMPARE(audit.first().oldValue, QStringLiteral("false"));
        QCOMPARE(audit.first().newValue, QStringLiteral("true"));
        QCOMPARE(audit.first().actor, QStringLiteral("Pat Lee"));
        QCOMPARE(audit.first().occurredAt, kNow);

        // Revealing again is harmless and not logged twice.
        QVERIFY(reveal.reveal(m_opening.id, m_pat, kNow.addSecs(60)).ok());
        QCOMPARE(openingAudit().size(), 1);
    }

    void revealShowsSubmittedCardsToEveryone() {
        auto interviews = InterviewRepository(*m_db).forApplication(m_application);
        auto cards = ScorecardRepository(*m_db).forApplication(m_application);
        QVERIFY(interviews && cards);
        // Sam has not submitted: before the reveal only their (absent) own cards.
        QVERIFY(BlindScoringPolicy(*interviews, *cards, revealed()).visibleTo(m_sam).isEmpty());
        QVERIFY(ScoreReveal(*m_db).reveal(m_opening.id, m_pat, kNow).ok());
        const QList<Scorecard> seen =
            BlindScoringPolicy(*interviews, *cards, revealed()).visibleTo(m_sam);
        // Pat's submitted card only; Kim's draft stays private.
        QCOMPARE(seen.size(), 1);
        QCOMPARE(seen.first().id, m_patCard.id);
    }

    void visibleScorecardsCarryNothingHidden() {
        auto before = VisibleScorecards::load(*m_db, m_application, ScoreViewer::panelist(m_sam));
        QVERIFY2(before.ok(), qPrintable(before.errorMessage()));
        QVERIFY(before->viewerOnPanel);
        QCOMPARE(before->interviews.size(), 1);
        const auto& seats = before->interviews.first().seats;
        // Seats in the interview's panel order: Pat, Sam, Kim.
        QCOMPARE(seats.size(), 3);
        QCOMPARE(seats.at(0).panelistName, QStringLiteral("Pat Lee"));
        QCOMPARE(seats.at(0).visibility, VisibleScorecards::Visibility::Hidden);
        QVERIFY(!seats.at(0).card.has_value());
        QCOMPARE(seats.at(1).visibility, VisibleScorecards::Visibility::NotSubmitted);
        QCOMPARE(seats.at(2).visibility, VisibleScorecards::Visibility::NotSubmitted);
        QVERIFY(!seats.at(2).card.has_value());
        QCOMPARE(before->interviews.first().hiddenCount(), 1);
        QCOMPARE(before->interviews.first().withheld.hidden, 1);
        QCOMPARE(before->interviews.first().withheld.reason,
                 WithheldScorecards::Reason::YoursOutstanding);
        QCOMPARE(before->withheld, before->interviews.first().withheld);
        QVERIFY(before->rubrics.isEmpty());

        // Kim sees her own draft, not Pat's card.
        auto kim = VisibleScorecards::load(*m_db, m_application, ScoreViewer::panelist(m_kim));
        QCOMPARE(kim->interviews.first().seats.at(2).card->keyTakeaways,
                 QStringLiteral("Kim's private draft"));
        QVERIFY(!kim->interviews.first().seats.at(0).card.has_value());

        QVERIFY(ScoreReveal(*m_db).reveal(m_opening.id, m_pat, kNow).ok());
        auto after = VisibleScorecards::load(*m_db, m_application, ScoreViewer::panelist(m_sam));
        const auto& pat = after->interviews.first().seats.at(0);
        QCOMPARE(pat.visibility, VisibleScorecards::Visibility::Shown);
        QCOMPARE(pat.card->ratings.first().evidence, kPatEvidence);
        QCOMPARE(after->interviews.first().rubricIds(), QList<RowId>{m_rubric});
        QCOMPARE(after->rubrics.value(m_rubric).version, 1);
        QVERIFY(!after->interviews.first().seats.at(2).card.has_value());
    }

    // Olu sat on no interview: not told to submit anything, and sees the
    // cards once every seat has submitted (no reveal needed).
    void outsiderIsNotOnThePanel() {
        auto olu = VisibleScorecards::load(*m_db, m_application, ScoreViewer::panelist(m_olu));
        QVERIFY(olu.ok());
        QVERIFY(!olu->viewerOnPanel);
        QCOMPARE(olu->interviews.first().hiddenCount(), 1);
        const WithheldScorecards withheld = olu->interviews.first().withheld;
        QCOMPARE(withheld.reason, WithheldScorecards::Reason::PanelOutstanding);
        QVERIFY(!withheld.text().contains(QStringLiteral("submit yours")));
        QVERIFY(withheld.text().contains(QStringLiteral("until every panelist has submitted")));

        // Sam and Kim submit: every seat is in, and Olu sees all three.
        ScorecardRepository cards(*m_db);
        auto all = cards.forApplication(m_application);
        QVERIFY(all.ok());
        Scorecard kim = *std::find_if(all->begin(), all->end(),
                                      [this](const Scorecard& c) { return c.panelistId == m_kim; });
        kim.recommendation = Recommendation::Yes;
        kim.ratings = {{m_patCard.ratings.first().criterionId, 3, QStringLiteral("Kim's view")}};
        Scorecard sam = kim;
        sam.id = kNoRow;
        sam.uuid = QUuid();
        sam.panelistId = m_sam;
        QVERIFY(cards.insert(sam).ok());
        auto rubric = RubricRepository(*m_db).get(m_rubric);
        QVERIFY(rubric.ok());
        ScorecardWorkflow workflow(*m_db);
        QVERIFY(workflow.submit(kim, *rubric, kNow).ok());
        auto stillWaiting =
            VisibleScorecards::load(*m_db, m_application, ScoreViewer::panelist(m_olu));
        QCOMPARE(stillWaiting->withheld.hidden, 2);
        QVERIFY(workflow.submit(sam, *rubric, kNow).ok());
        auto after = VisibleScorecards::load(*m_db, m_application, ScoreViewer::panelist(m_olu));
        QVERIFY(after.ok());
        QVERIFY(!after->withheld.any());
        for (const VisibleScorecards::Seat& seat : after->interviews.first().seats)
            QCOMPARE(seat.visibility, VisibleScorecards::Visibility::Shown);
        QVERIFY(!revealed());
    }
};

QTEST_GUILESS_MAIN(TestScoreReveal)
#include "tst_scorereveal.moc"
