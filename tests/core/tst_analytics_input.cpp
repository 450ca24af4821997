// ComparisonInput: reading an opening's finalists from a real SQLite file
// into a RatingMatrix. The expected matrix is written out by hand from the
// scorecards stored in init().

#include "TestDatabase.h"
#include "analytics/ComparisonInput.h"
#include "scoring/ScoreViewer.h"
#include "scoring/ScorecardWorkflow.h"
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

using namespace debrief;

namespace {

const QDateTime kNow(QDate(2026, 11, 20), QTime(9, 0), Qt::UTC);

Criterion criterion(const QString& name, int scale) {
    Criterion c;
    c.name = name;
    c.scaleSize = scale;
    for (int i = 1; i <= scale; ++i)
        c.anchors.append(QStringLiteral("Level %1").arg(i));
    return c;
}

} // namespace

class TestAnalyticsInput : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    RowId m_opening = kNoRow;
    RowId m_otherOpening = kNoRow;
    RowId m_round = kNoRow;
    QHash<QString, RowId> m_panelists;
    QHash<QString, RowId> m_applications;
    Rubric m_old;
    Rubric m_current;

    /// Mo sees every submitted card here: Mo submitted both cards owed on
    /// Ada, and every seat of Ben's and Cy's interviews has a submitted card.
    ScoreViewer mo() const {
        return ScoreViewer::panelist(m_panelists.value(QStringLiteral("Mo")));
    }
    /// Lee still owes a card on Ada's second interview (a draft).
    ScoreViewer lee() const {
        return ScoreViewer::panelist(m_panelists.value(QStringLiteral("Lee")));
    }

    RowId addPanelist(const QString& name) {
        Panelist p{kNoRow, {}, name, {}, {}, {}};
        if (!PanelistRepository(*m_db).insert(p).ok())
            return kNoRow;
        m_panelists.insert(name, p.id);
        return p.id;
    }

    RowId addApplication(const QString& name, PipelineStage stage, RowId opening, int day) {
        Candidate candidate;
        candidate.fullName = name;
        candidate.createdAt = kNow;
        if (!CandidateRepository(*m_db).insert(candidate).ok())
            return kNoRow;
        Application application;
        application.candidateId = candidate.id;
        application.openingId = opening;
        application.stage = stage;
        application.appliedOn = QDate(2026, 10, day);
        application.updatedAt = kNow;
        if (!ApplicationRepository(*m_db).insert(application).ok())
            return kNoRow;
        m_applications.insert(name, application.id);
        return application.id;
    }

    RowId addInterview(RowId application, const QList<RowId>& panel) {
        Interview interview;
        interview.applicationId = application;
        interview.roundId = m_round;
        interview.panelistIds = panel;
        if (!InterviewRepository(*m_db).insert(interview).ok())
            return kNoRow;
        return interview.id;
    }

    /// scores[i] rates rubric.criteria[i]; 0 means "not assessed".
    bool addCard(RowId interview, const QString& panelist, const Rubric& rubric,
                 const QList<int>& scores, std::optional<Recommendation> recommendation,
                 int minutesLater, bool submitted = true) {
        Scorecard card;
        card.interviewId = interview;
        card.panelistId = m_panelists.value(panelist);
        card.rubricId = rubric.id;
        card.recommendation = recommendation;
        card.status = submitted ? ScorecardStatus::Submitted : ScorecardStatus::Draft;
        card.updatedAt = kNow.addSecs(60 * minutesLater);
        if (submitted)
            card.submittedAt = card.updatedAt;
        for (qsizetype i = 0; i < scores.size(); ++i) {
            card.ratings.append({rubric.criteria[i].id,
                                 scores[i] == 0 ? std::nullopt : std::optional<int>(scores[i]),
                                 {}});
        }
        return ScorecardRepository(*m_db).insert(card).ok();
    }

private slots:
    void init() {
        static int n = 0;
        auto db =
            test::TestDatabase::open(m_dir.filePath(QStringLiteral("input%1.sqlite").arg(++n)));
        QVERIFY2(db.ok(), qPrintable(db.errorMessage()));
        m_db = std::move(db.value());
        m_panelists.clear();
        m_applications.clear();

        const RowId lee = addPanelist(QStringLiteral("Lee"));
        const RowId mo = addPanelist(QStringLiteral("Mo"));
        addPanelist(QStringLiteral("Pat"));
        Opening opening;
        opening.title = QStringLiteral("Platform Engineer");
        opening.createdAt = kNow;
        // Seat order: Mo before Lee; Pat is not on the panel.
        opening.panel = {{mo, true}, {lee, false}};
        QVERIFY(OpeningRepository(*m_db).insert(opening).ok());
        m_opening = opening.id;
        Opening other;
        other.title = QStringLiteral("Designer");
        other.createdAt = kNow;
        QVERIFY(OpeningRepository(*m_db).insert(other).ok());
        m_otherOpening = other.id;

        // Version 1 had "Legacy"; version 2 replaced it by "Teamwork" (1–5).
        m_old = Rubric{};
        m_old.familyUuid = QUuid::createUuid();
        m_old.openingId = m_opening;
        m_old.name = QStringLiteral("Platform");
        m_old.createdAt = kNow;
        m_old.criteria = {criterion(QStringLiteral("Design"), 4),
                          criterion(QStringLiteral("Coding"), 4),
                          criterion(QStringLiteral("Legacy"), 4)};
        QVERIFY(RubricRepository(*m_db).insert(m_old).ok());
        m_current = m_old;
        m_current.id = kNoRow;
        m_current.uuid = QUuid();
        m_current.version = 2;
        m_current.criteria = {criterion(QStringLiteral("Design"), 4),
                              criterion(QStringLiteral("Coding"), 4),
                              criterion(QStringLiteral("Teamwork"), 5)};
        QVERIFY(RubricRepository(*m_db).insert(m_current).ok());

        InterviewRound round;
        round.openingId = m_opening;
        round.name = QStringLiteral("Technical");
        QVERIFY(InterviewRoundRepository(*m_db).insert(round).ok());
        m_round = round.id;

        const RowId ada = addApplication(QStringLiteral("Ada"), PipelineStage::Final, m_opening, 1);
        const RowId ben =
            addApplication(QStringLiteral("Ben"), PipelineStage::Interview, m_opening, 2);
        const RowId cy = addApplication(QStringLiteral("Cy"), PipelineStage::Applied, m_opening, 3);
        const RowId dee = addApplication(QStringLiteral("Dee"), PipelineStage::Final, m_opening, 4);
        addApplication(QStringLiteral("Eve"), PipelineStage::Final, m_otherOpening, 5);

        // Ada, first interview: Mo against version 1 (Legacy has no
        // counterpart), Lee against version 2 with Coding not assessed.
        const RowId first = addInterview(ada, {mo, lee});
        QVERIFY(addCard(first, QStringLiteral("Mo"), m_old, {3, 2, 4}, Recommendation::Yes, 0));
        QVERIFY(addCard(first, QStringLiteral("Lee"), m_current, {4, 0, 5},
                        Recommendation::StrongYes, 5));
        // Ada, second interview: Mo again, later; Lee's card still a draft.
        const RowId second = addInterview(ada, {mo, lee});
        QVERIFY(addCard(second, QStringLiteral("Mo"), m_current, {4, 0, 3},
                        Recommendation::StrongYes, 60));
        QVERIFY(addCard(second, QStringLiteral("Lee"), m_current, {1, 1, 1}, Recommendation::No, 70,
                        false));
        // Ben: only Pat, who is not on the panel.
        QVERIFY(addCard(addInterview(ben, {m_panelists.value(QStringLiteral("Pat"))}),
                        QStringLiteral("Pat"), m_current, {2, 3, 2}, Recommendation::No, 80));
        // Cy is still "applied"; Dee has a draft only.
        QVERIFY(addCard(addInterview(cy, {mo}), QStringLiteral("Mo"), m_current, {2, 2, 2},
                        Recommendation::No, 90));
        QVERIFY(addCard(addInterview(dee, {lee}), QStringLiteral("Lee"), m_current, {3, 3, 3},
                        std::nullopt, 95, false));
    }

    void defaultFinalistsAndPanel() {
        auto input = ComparisonInput::load(*m_db, m_opening, mo());
        QVERIFY2(input.ok(), qPrintable(input.errorMessage()));
        const RatingMatrix& m = input->matrix;
        QCOMPARE(input->rubricId, m_current.id);
        QCOMPARE(m.criterionCount(), 3);
        QCOMPARE(m.criteria().at(2).name, QStringLiteral("Teamwork"));
        QCOMPARE(m.finalistCount(), 2);
        QCOMPARE(m.finalists().at(0).name, QStringLiteral("Ada"));
        QCOMPARE(m.finalists().at(0).applicationId, m_applications.value(QStringLiteral("Ada")));
        QCOMPARE(m.finalists().at(1).name, QStringLiteral("Ben"));
        QCOMPARE(m.panelistCount(), 3);
        QCOMPARE(m.panelists().at(0).name, QStringLiteral("Mo"));
        QCOMPARE(m.panelists().at(1).name, QStringLiteral("Lee"));
        QCOMPARE(m.panelists().at(2).name, QStringLiteral("Pat"));
        QCOMPARE(input->submittedScorecards, 4);
        QCOMPARE(input->draftScorecards, 1);
        QCOMPARE(input->unmatchedRatings, 1);
        QCOMPARE(input->supersededRatings, 1);
        QVERIFY(input->summary().contains(QStringLiteral("4 scorecard")));
    }

    void latestSubmittedScoreCounts() {
        auto input = ComparisonInput::load(*m_db, m_opening, mo());
        QVERIFY(input.ok());
        const RatingMatrix& m = input->matrix;
        // Ada / Mo: Design 3 then 4 (later wins), Coding 2 (from version 1,
        // not assessed later), Teamwork 3; recommendation from the later card.
        QCOMPARE(m.score(0, 0, 0), std::optional<int>(4));
        QCOMPARE(m.score(0, 0, 1), std::optional<int>(2));
        QCOMPARE(m.score(0, 0, 2), std::optional<int>(3));
        QCOMPARE(m.recommendation(0, 0), std::optional(Recommendation::StrongYes));
        // Ada / Lee: the submitted card only, Coding not assessed.
        QCOMPARE(m.score(0, 1, 0), std::optional<int>(4));
        QCOMPARE(m.score(0, 1, 1), std::nullopt);
        QCOMPARE(m.score(0, 1, 2), std::optional<int>(5));
        QVERIFY(m.hasScorecard(0, 1));
        // Ben was seen by Pat only.
        QVERIFY(!m.hasScorecard(1, 0));
        QVERIFY(!m.hasScorecard(1, 1));
        QCOMPARE(m.score(1, 2, 1), std::optional<int>(3));
        QVERIFY(!m.hasScorecard(0, 2));
    }

    void explicitApplicationsInTheGivenOrder() {
        const QList<RowId> ids = {m_applications.value(QStringLiteral("Dee")),
                                  m_applications.value(QStringLiteral("Cy")),
                                  m_applications.value(QStringLiteral("Ada"))};
        auto input = ComparisonInput::load(*m_db, m_opening, mo(), FinalistSet::given(ids));
        QVERIFY2(input.ok(), qPrintable(input.errorMessage()));
        const RatingMatrix& m = input->matrix;
        QCOMPARE(m.finalistCount(), 3);
        QCOMPARE(m.finalists().at(0).name, QStringLiteral("Dee"));
        QCOMPARE(m.finalists().at(1).name, QStringLiteral("Cy"));
        // Dee's only card is a draft: in the comparison, but without scores.
        QCOMPARE(m.panelistCount(), 2);
        QVERIFY(!m.hasScorecard(0, 0) && !m.hasScorecard(0, 1));
        QCOMPARE(m.score(1, 0, 0), std::optional<int>(2));
        QCOMPARE(input->draftScorecards, 2);
    }

    void foreignApplicationIsRefused() {
        auto input = ComparisonInput::load(
            *m_db, m_opening, mo(),
            FinalistSet::given({m_applications.value(QStringLiteral("Eve"))}));
        QVERIFY(!input.ok());
        QVERIFY(input.errorMessage().contains(
            QString::number(m_applications.value(QStringLiteral("Eve")))));
    }

    void openingWithoutRubricIsRefused() {
        auto input = ComparisonInput::load(*m_db, m_otherOpening, mo());
        QVERIFY(!input.ok());
        QVERIFY(input.errorMessage().contains(QStringLiteral("rubric")));
    }

    // Blind scoring in the comparison (BlindScoringPolicy): Lee has a draft
    // on Ada's second interview, so Mo's two cards on Ada stay out of the
    // matrix, counted per finalist; Lee's own submitted card counts.
    void draftHolderSeesNoneOfTheOthersScores() {
        auto input = ComparisonInput::load(*m_db, m_opening, lee());
        QVERIFY2(input.ok(), qPrintable(input.errorMessage()));
        const RatingMatrix& m = input->matrix;
        // The finalists stay the same for every viewer: Ada and Ben.
        QCOMPARE(m.finalistCount(), 2);
        QCOMPARE(m.finalists().at(0).name, QStringLiteral("Ada"));
        // Mo's cards are not read at all, so Mo is not among the scorers.
        QCOMPARE(m.panelistCount(), 2);
        QCOMPARE(m.panelists().at(0).name, QStringLiteral("Lee"));
        QCOMPARE(m.panelists().at(1).name, QStringLiteral("Pat"));
        // Ada: Lee's own first card only (Design 4, Coding n/a, Teamwork 5).
        QCOMPARE(m.scoresFor(0, 0), QList<int>{4});
        QCOMPARE(m.scoresFor(0, 2), QList<int>{5});
        QCOMPARE(input->withheld.size(), 2);
        const WithheldScorecards ada = input->withheld.at(0);
        QCOMPARE(ada.hidden, 2);
        QCOMPARE(ada.submitted, 3);
        QCOMPARE(ada.reason, WithheldScorecards::Reason::RestOfYoursOutstanding);
        // Ben: Lee sat on none of his interviews and every seat is in.
        QVERIFY(!input->withheld.at(1).any());
        QCOMPARE(m.score(1, 1, 1), std::optional<int>(3));
        QCOMPARE(input->submittedScorecards, 2);
        QCOMPARE(input->withheldScorecards(), 2);
        QCOMPARE(input->scoredFinalists(), 2);
        const QStringList notes = input->withheldNotes();
        QCOMPARE(notes.size(), 1);
        QVERIFY2(notes.first().startsWith(QStringLiteral("Ada: 2 of 3 scorecard")),
                 qPrintable(notes.first()));
        QVERIFY(notes.first().contains(QStringLiteral("until you have submitted all of yours")));

        // Once Lee submits the draft, Mo's scores come in.
        auto cards =
            ScorecardRepository(*m_db).forApplication(m_applications.value(QStringLiteral("Ada")));
        QVERIFY(cards.ok());
        auto draft = std::find_if(cards->begin(), cards->end(),
                                  [](const Scorecard& c) { return !c.isSubmitted(); });
        QVERIFY(draft != cards->end());
        QVERIFY(ScorecardWorkflow(*m_db).submit(*draft, m_current, kNow.addSecs(7200)).ok());
        auto after = ComparisonInput::load(*m_db, m_opening, lee());
        QVERIFY2(after.ok(), qPrintable(after.errorMessage()));
        QCOMPARE(after->matrix.panelists().at(0).name, QStringLiteral("Mo"));
        QCOMPARE(after->matrix.score(0, 0, 0), std::optional<int>(4));
        QVERIFY(!after->withheld.at(0).any());
        QVERIFY(after->withheldNotes().isEmpty());
    }

    // Someone on no interview of Ada (nobody at all, here) waits until
    // every seat has a submitted card; Ben's single seat is in.
    void outsiderWaitsForEveryCard() {
        auto input = ComparisonInput::load(*m_db, m_opening, ScoreViewer{});
        QVERIFY2(input.ok(), qPrintable(input.errorMessage()));
        QCOMPARE(input->matrix.finalistCount(), 2);
        QCOMPARE(input->withheld.at(0).hidden, 3);
        QCOMPARE(input->withheld.at(0).reason, WithheldScorecards::Reason::PanelOutstanding);
        QVERIFY(input->withheldNotes().first().contains(
            QStringLiteral("until every panelist has submitted or the lead reveals scores")));
        QVERIFY(!input->withheldNotes().first().contains(QStringLiteral("submit yours")));
        QCOMPARE(input->matrix.panelistCount(), 1);
        QCOMPARE(input->matrix.panelists().at(0).name, QStringLiteral("Pat"));
        QVERIFY(input->summary().contains(QStringLiteral("Hidden by blind scoring: 3 scorecard")));

        // The lead's reveal shows every submitted card, to anyone.
        auto opening = OpeningRepository(*m_db).get(m_opening);
        QVERIFY(opening.ok());
        opening->scoresRevealed = true;
        QVERIFY(OpeningRepository(*m_db).update(*opening).ok());
        auto revealed = ComparisonInput::load(*m_db, m_opening, ScoreViewer{});
        QVERIFY(revealed.ok());
        QCOMPARE(revealed->withheldScorecards(), 0);
        QCOMPARE(revealed->submittedScorecards, 4);
    }

    void defaultStages() {
        QVERIFY(ComparisonInput::isComparedByDefault(PipelineStage::Interview));
        QVERIFY(ComparisonInput::isComparedByDefault(PipelineStage::Offer));
        QVERIFY(!ComparisonInput::isComparedByDefault(PipelineStage::Screen));
        QVERIFY(!ComparisonInput::isComparedByDefault(PipelineStage::Rejected));
    }
};

QTEST_GUILESS_MAIN(TestAnalyticsInput)
#include "tst_analytics_input.moc"
