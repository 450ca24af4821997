#include "TestDatabase.h"
#include "scoring/ScorecardWorkflow.h"
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

#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace debrief;

namespace {
const QDateTime kNow(QDate(2026, 11, 26), QTime(14, 30), Qt::UTC);
}

class TestScorecardWorkflow : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    Rubric m_rubric;
    Scorecard m_card;

private slots:
    void init() {
        static int n = 0;
        auto db = test::TestDatabase::open(m_dir.filePath(QStringLiteral("wf%1.sqlite").arg(++n)));
        QVERIFY2(db.ok(), qPrintable(db.errorMessage()));
        m_db = std::move(db.value());

        Panelist panelist{kNoRow, {}, QStringLiteral("Priya Raman"), {}, {}, {}};
        QVERIFY(PanelistRepository(*m_db).insert(panelist).ok());
        Opening opening;
        opening.title = QStringLiteral("Support Lead");
        opening.createdAt = kNow;
        opening.panel = {{panelist.id, true}};
        QVERIFY(OpeningRepository(*m_db).insert(opening).ok());

        m_rubric = Rubric{};
        m_rubric.familyUuid = QUuid::createUuid();
        m_rubric.openingId = opening.id;
        m_rubric.name = QStringLiteral("Support");
        m_rubric.createdAt = kNow;
        for (const auto* name : {"Empathy", "Troubleshooting"}) {
            Criterion c;
            c.name = QString::fromLatin1(name);
            c.scaleSize = 4;
            c.anchors = {QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"),
                         QStringLiteral("4")};
            m_rubric.criteria.append(c);
        }
        QVERIFY(RubricRepository(*m_db).insert(m_rubric).ok());

        InterviewRound round;
        round.openingId = opening.id;
        round.name = QStringLiteral("Role play");
        QVERIFY(InterviewRoundRepository(*m_db).insert(round).ok());
        Candidate candidate;
        candidate.fullName = QStringLiteral("Tomás Ruiz");
        candidate.createdAt = kNow;
        QVERIFY(CandidateRepository(*m_db).insert(candidate).ok());
        Application application;
        application.candidateId = candidate.id;
        application.openingId = opening.id;
        application.updatedAt = kNow;
        QVERIFY(ApplicationRepository(*m_db).insert(application).ok());
        Interview interview;
        interview.applicationId = application.id;
        interview.roundId = round.id;
        interview.panelistIds = {panelist.id};
        QVERIFY(InterviewRepository(*m_db).insert(interview).ok());

        m_card = Scorecard{};
        m_card.interviewId = interview.id;
        m_card.panelistId = panelist.id;
        m_card.rubricId = m_rubric.id;
        m_card.updatedAt = kNow;
        m_card.ratings = {{m_rubric.criteria[0].id, 3, QStringLiteral("Calmed an angry caller")},
                          {m_rubric.criteria[1].id, std::nullopt, {}}};
        QVERIFY(ScorecardRepository(*m_db).insert(m_card).ok());
    }

    // A cancelled interview owes no scorecard, so none can be started for
    // it; the card that already exists can still be saved.
    void noNewCardForACancelledInterview() {
        auto interview = InterviewRepository(*m_db).get(m_card.interviewId);
        QVERIFY(interview);
        interview->cancelledAt = kNow;
        interview->cancellationReason = QStringLiteral("Candidate fell ill");
        QVERIFY(InterviewRepository(*m_db).update(*interview).ok());
        Scorecard fresh = m_card;
        fresh.id = kNoRow;
        fresh.uuid = QUuid();
        QVERIFY(ScorecardRepository(*m_db).remove(m_card.id).ok());
        const Status drafted = ScorecardWorkflow(*m_db).saveDraft(fresh, kNow);
        QVERIFY(!drafted);
        QVERIFY2(drafted.errorMessage().contains(QStringLiteral("cancelled")),
                 qPrintable(drafted.errorMessage()));
        fresh.recommendation = Recommendation::Yes;
        QVERIFY(!ScorecardWorkflow(*m_db).submit(fresh, m_rubric, kNow));
        QVERIFY(ScorecardRepository(*m_db).forApplication(interview->applicationId)->isEmpty());
    }

    void submitNeedsARecommendation() {
        ScorecardWorkflow workflow(*m_db);
        auto refused = workflow.submit(m_card, m_rubric, kNow);
        QVERIFY(!refused.ok());
        QVERIFY(refused.errorMessage().contains(QStringLiteral("recommendation")));
        QCOMPARE(ScorecardRepository(*m_db).get(m_card.id)->status, ScorecardStatus::Draft);
    }

    void submitRefusesScoresOutsideTheScale() {
        m_card.recommendation = Recommendation::Yes;
        m_card.ratings[1].score = 5;
        auto refused = ScorecardWorkflow(*m_db).submit(m_card, m_rubric, kNow);
        QVERIFY(!refused.ok());
        QVERIFY(refused.errorMessage().contains(QStringLiteral("Troubleshooting")));
    }

    void submitLocksAndAmendWritesAudit() {
        ScorecardWorkflow workflow(*m_db);
        m_card.recommendation = Recommendation::Yes;
        QVERIFY(workflow.submit(m_card, m_rubric, kNow).ok());
        auto stored = ScorecardRepository(*m_db).get(m_card.id);
        QCOMPARE(stored->status, ScorecardStatus::Submitted);
        QCOMPARE(stored->submittedAt, kNow);

        Scorecard changed = *stored;
        changed.ratings[0].score = 2;
        changed.recommendation = Recommendation::No;
        QVERIFY(!workflow
                     .amend(changed, m_rubric, QStringLiteral("Priya Raman"), QStringLiteral(" "),
                            kNow.addSecs(60))
                     .ok());
        QVERIFY(AuditRepository(*m_db).list()->isEmpty());

        QVERIFY(workflow
                    .amend(changed, m_rubric, QStringLiteral("Priya Raman"),
                           QStringLiteral("Mixed up two candidates"), kNow.addSecs(60))
                    .ok());
        auto audit = AuditRepository(*m_db).forEntity(QStringLiteral("scorecard"), stored->uuid);
        QVERIFY(audit.ok());
        QCOMPARE(audit->size(), 2);
        QCOMPARE(audit->at(0).field, QStringLiteral("score:Empathy"));
        QCOMPARE(audit->at(0).oldValue, QStringLiteral("3"));
        QCOMPARE(audit->at(0).newValue, QStringLiteral("2"));
        QCOMPARE(audit->at(1).field, QStringLiteral("recommendation"));
        QCOMPARE(audit->at(1).oldValue, QStringLiteral("yes"));
        QCOMPARE(audit->at(1).newValue, QStringLiteral("no"));
        QCOMPARE(audit->at(1).reason, QStringLiteral("Mixed up two candidates"));
        QCOMPARE(audit->at(1).actor, QStringLiteral("Priya Raman"));
        auto after = ScorecardRepository(*m_db).get(m_card.id);
        QCOMPARE(after->ratings[0].score, std::optional<int>(2));
        QCOMPARE(after->submittedAt, kNow);
    }

    void saveDraftStoresAndStamps() {
        m_card.keyTakeaways = QStringLiteral("Calm under pressure");
        QVERIFY(ScorecardWorkflow(*m_db).saveDraft(m_card, kNow.addSecs(30)).ok());
        auto stored = ScorecardRepository(*m_db).get(m_card.id);
        QVERIFY(stored.ok());
        QCOMPARE(stored->keyTakeaways, QStringLiteral("Calm under pressure"));
        QCOMPARE(stored->updatedAt, kNow.addSecs(30));
        QCOMPARE(stored->status, ScorecardStatus::Draft);
    }

    // Autosave writes the whole card while one field changes: the ratings
    // nobody touched are left as stored (on PostgreSQL their row version,
    // xmin, stays), changed ones are updated in place, a rating no longer
    // on the card goes, and the list keeps the card's order.
    void draftSaveWritesOnlyTheRatingsThatChanged() {
        const RowId empathy = m_rubric.criteria[0].id;
        const RowId troubleshooting = m_rubric.criteria[1].id;
        const bool server = m_db->dialect() == SqlDialect::PostgreSql;
        auto rowVersions = [this]() -> QHash<RowId, QString> {
            QHash<RowId, QString> versions;
            const auto rows = m_db->fetchAll(
                QStringLiteral(
                    "SELECT criterion_id, xmin::text FROM ratings WHERE scorecard_id = ?"),
                {m_card.id});
            for (const QVariantList& row : rows.value())
                versions.insert(row.at(0).toLongLong(), row.at(1).toString());
            return versions;
        };
        const QHash<RowId, QString> before = server ? rowVersions() : QHash<RowId, QString>();

        ScorecardWorkflow workflow(*m_db);
        m_card.ratings[1].score = 2;
        QVERIFY(workflow.saveDraft(m_card, kNow.addSecs(30)).ok());
        QCOMPARE(ScorecardRepository(*m_db).get(m_card.id)->ratings, m_card.ratings);
        if (server) {
            const QHash<RowId, QString> after = rowVersions();
            QCOMPARE(after.value(empathy), before.value(empathy));
            QVERIFY(after.value(troubleshooting) != before.value(troubleshooting));
        }

        // Empathy off the card, then back after Troubleshooting.
        m_card.ratings = {{troubleshooting, 2, QStringLiteral("Found the DNS issue")}};
        QVERIFY(workflow.saveDraft(m_card, kNow.addSecs(60)).ok());
        QCOMPARE(ScorecardRepository(*m_db).get(m_card.id)->ratings, m_card.ratings);
        m_card.ratings.append({empathy, 4, QStringLiteral("Stayed calm")});
        QVERIFY(workflow.saveDraft(m_card, kNow.addSecs(90)).ok());
        const auto stored = ScorecardRepository(*m_db).get(m_card.id);
        QCOMPARE(stored->ratings, m_card.ratings);
        QCOMPARE(stored->ratings.constFirst().criterionId, troubleshooting);
        m_card.ratings.clear();
        QVERIFY(workflow.saveDraft(m_card, kNow.addSecs(120)).ok());
        QVERIFY(ScorecardRepository(*m_db).get(m_card.id)->ratings.isEmpty());
        QCOMPARE(ScorecardRepository(*m_db).get(m_card.id)->rowVersion, m_card.rowVersion);
    }

    // The editor saves a draft every half second while someone types: the
    // WAL must be checkpointed and restarted as it goes (SQLite's automatic
    // checkpoint at 1000 pages, about 4 MB), not grow with every save. It
    // grew by about 30 KB a save while a read statement stayed open across
    // the commit.
    void manyDraftSavesKeepTheWalSmall() {
        DEBRIEF_SQLITE_ONLY("the size of the WAL file");
        ScorecardWorkflow workflow(*m_db);
        for (int save = 1; save <= 1200; ++save) {
            m_card.keyTakeaways = QStringLiteral("save %1 ").arg(save) + QString(save % 300, u'x');
            m_card.ratings[0].evidence = m_card.keyTakeaways;
            QVERIFY(workflow.saveDraft(m_card, kNow.addSecs(save)).ok());
        }
        const qint64 wal = QFileInfo(m_db->location() + QStringLiteral("-wal")).size();
        QVERIFY2(wal < 8 * 1024 * 1024, qPrintable(QString::number(wal)));
        QCOMPARE(ScorecardRepository(*m_db).get(m_card.id)->keyTakeaways, m_card.keyTakeaways);
    }

    // The lock lives in core: a draft saved over a submitted card (say, from
    // an editor opened before the card was submitted elsewhere) is refused
    // and nothing changes, whichever way it is written.
    void savingADraftOverASubmittedCardIsRefused() {
        ScorecardWorkflow workflow(*m_db);
        m_card.recommendation = Recommendation::Yes;
        Scorecard stale = m_card;
        QVERIFY(workflow.submit(m_card, m_rubric, kNow).ok());
        const Scorecard submitted = ScorecardRepository(*m_db).get(m_card.id).value();

        stale.ratings[0].score = 1;
        stale.keyTakeaways = QStringLiteral("Changed my mind quietly");
        // Read before the submission: a stale save, showing the submitted card.
        const auto refused = workflow.saveDraft(stale, kNow.addSecs(60));
        QVERIFY(!refused.ok());
        QVERIFY(refused.isStale());
        QCOMPARE(refused.current(), submitted);
        QCOMPARE(stale.updatedAt, kNow); // the caller's card is left as it was

        // Read after it: locked.
        Scorecard marked = submitted;
        marked.ratings[0].score = 1;
        marked.status = ScorecardStatus::Draft;
        const Status locked = workflow.saveDraft(marked, kNow.addSecs(60));
        QVERIFY(!locked.ok());
        QVERIFY2(locked.errorMessage().contains(QStringLiteral("submitted")),
                 qPrintable(locked.errorMessage()));
        QVERIFY2(locked.errorMessage().contains(QStringLiteral("amendment")),
                 qPrintable(locked.errorMessage()));
        marked.status = ScorecardStatus::Submitted;
        QVERIFY(!ScorecardRepository(*m_db).update(marked).ok());
        QVERIFY(!workflow.submit(marked, m_rubric, kNow.addSecs(60)).ok());

        QCOMPARE(ScorecardRepository(*m_db).get(m_card.id).value(), submitted);
        QVERIFY(AuditRepository(*m_db).list()->isEmpty());
    }

    void unassessedInRoundNamesOnlyTheRoundsCriteria() {
        const RowId empathy = m_rubric.criteria[0].id;
        const RowId troubleshooting = m_rubric.criteria[1].id;
        // m_card scores Empathy and leaves Troubleshooting "not assessed".
        QCOMPARE(ScorecardWorkflow::unassessedInRound(m_card, m_rubric, {}),
                 QStringList{QStringLiteral("Troubleshooting")});
        QCOMPARE(ScorecardWorkflow::unassessedInRound(m_card, m_rubric, {troubleshooting}),
                 QStringList{QStringLiteral("Troubleshooting")});
        QVERIFY(ScorecardWorkflow::unassessedInRound(m_card, m_rubric, {empathy}).isEmpty());
        Scorecard blank = m_card;
        blank.ratings.clear();
        QCOMPARE(ScorecardWorkflow::unassessedInRound(blank, m_rubric, {}),
                 (QStringList{QStringLiteral("Empathy"), QStringLiteral("Troubleshooting")}));
    }

    void differencesCoverEvidenceAndNotAssessed() {
        Scorecard before = m_card;
        Scorecard after = m_card;
        after.ratings[1].score = 4;
        after.ratings[1].evidence = QStringLiteral("Found the DNS issue");
        const auto diff = ScorecardWorkflow::differences(before, after, m_rubric);
        QCOMPARE(diff.size(), 2);
        QCOMPARE(diff[0].oldValue, QStringLiteral("not_assessed"));
        QCOMPARE(diff[0].newValue, QStringLiteral("4"));
        QCOMPARE(diff[1].field, QStringLiteral("evidence:Troubleshooting"));
    }
};

QTEST_GUILESS_MAIN(TestScorecardWorkflow)
#include "tst_scorecardworkflow.moc"
