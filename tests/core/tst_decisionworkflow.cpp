#include "analytics/ComparisonInput.h"
#include "decision/DecisionWorkflow.h"
#include "demo/DemoDataGenerator.h"
#include "scoring/ScoreViewer.h"
#include "storage/ApplicationRepository.h"
#include "storage/AuditRepository.h"
#include "storage/Database.h"
#include "storage/DecisionRepository.h"
#include "storage/OpeningRepository.h"
#include "storage/RubricRepository.h"

#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace debrief;

namespace {

const QDate kToday(2026, 11, 20);
const QDateTime kDecidedAt(kToday, QTime(15, 30), QTimeZone::utc());
const QString kActor = QStringLiteral("lead");

} // namespace

/// DecisionWorkflow on the demo's debrief opening (three in the final round, no
/// decision yet), one fresh SQLite file per test.
class TestDecisionWorkflow : public QObject {
    Q_OBJECT

private slots:
    void init() {
        auto db = Database::openSqlite(m_dir.filePath(QStringLiteral("d%1.sqlite").arg(++m_files)));
        QVERIFY2(db, qPrintable(db.errorMessage()));
        m_db = std::move(db.value());
        auto written = DemoDataGenerator({1, kToday, 0}).generate(*m_db);
        QVERIFY2(written, qPrintable(written.errorMessage()));
        auto opening = OpeningRepository(*m_db).findByUuid(written->debriefOpeningUuid);
        QVERIFY(opening && opening->has_value());
        m_opening = **opening;
        // The finalists are the same whoever looks; the lead, as the CLI does.
        auto input = ComparisonInput::load(*m_db, m_opening.id,
                                           *ScoreViewer::panelLead(*m_db, m_opening.id));
        QVERIFY(input);
        QCOMPARE(input->matrix.finalistCount(), 5);
        m_finalists.clear();
        for (const Finalist& f : input->matrix.finalists())
            m_finalists.append(f.applicationId);
        auto rubric = RubricRepository(*m_db).currentForOpening(m_opening.id);
        QVERIFY(rubric && rubric->has_value());
        m_rubric = **rubric;
        for (const PanelMember& m : m_opening.panel) {
            if (m.isLead)
                m_leadId = m.panelistId;
            else
                m_memberId = m.panelistId;
        }
        QVERIFY(m_leadId != kNoRow && m_memberId != kNoRow);
    }

    void recordMovesChosenToOfferAndHoldsRunnersUp() {
        auto recorded = DecisionWorkflow(*m_db).record(validRequest(), kActor);
        QVERIFY2(recorded, qPrintable(recorded.errorMessage()));

        auto stored = DecisionRepository(*m_db).forOpening(m_opening.id);
        QVERIFY(stored && stored->has_value());
        QCOMPARE((*stored)->rationale, QStringLiteral("Stronger system design."));
        QCOMPARE((*stored)->decidedBy, m_leadId);
        QVERIFY((*stored)->shareDecidingFactor);
        QCOMPARE((*stored)->decidingCriterionIds, QList<RowId>{m_rubric.criteria.first().id});
        const QList<DecisionOutcome> outcomes{{m_finalists[0], DecisionRole::Chosen, 0},
                                              {m_finalists[2], DecisionRole::RunnerUp, 1},
                                              {m_finalists[1], DecisionRole::RunnerUp, 2}};
        QCOMPARE((*stored)->outcomes, outcomes);

        const Application chosen = application(m_finalists[0]);
        QCOMPARE(chosen.stage, PipelineStage::Offer);
        QCOMPARE(chosen.furthestStage, PipelineStage::Offer);
        QVERIFY(!chosen.onHold);
        const Application first = application(m_finalists[2]);
        QVERIFY(first.onHold);
        QVERIFY(first.holdReason.contains(QLatin1Char('1')));
        QVERIFY(first.talentPool);
        const Application second = application(m_finalists[1]);
        QVERIFY(second.onHold);
        QVERIFY(!second.talentPool);

        // Audited: the decision itself and the chosen one's stage move.
        auto decisionLog =
            AuditRepository(*m_db).forEntity(QStringLiteral("decision"), recorded->uuid);
        QVERIFY(decisionLog);
        QCOMPARE(decisionLog->size(), 1);
        QCOMPARE(decisionLog->first().actor, kActor);
        auto chosenLog =
            AuditRepository(*m_db).forEntity(QStringLiteral("application"), chosen.uuid);
        QVERIFY(chosenLog);
        QVERIFY(std::any_of(chosenLog->begin(), chosenLog->end(), [](const AuditEntry& e) {
            return e.field == QStringLiteral("stage") && e.newValue == QStringLiteral("offer");
        }));
        auto heldLog = AuditRepository(*m_db).forEntity(QStringLiteral("application"), first.uuid);
        QVERIFY(heldLog);
        QVERIFY(std::any_of(heldLog->begin(), heldLog->end(), [](const AuditEntry& e) {
            return e.field == QStringLiteral("on_hold") && e.newValue == QStringLiteral("true");
        }));
    }

    void offerAcceptedHiresAndReleasesHolds() {
        QVERIFY(DecisionWorkflow(*m_db).record(validRequest(), kActor));
        // A runner-up cannot accept an offer they were not made.
        auto refused = DecisionWorkflow(*m_db).offerAccepted(m_finalists[2], kActor, kDecidedAt);
        QVERIFY(!refused);
        QVERIFY(refused.errorMessage().contains(QString::number(m_finalists[2])));

        auto accepted =
            DecisionWorkflow(*m_db).offerAccepted(m_finalists[0], kActor, kDecidedAt.addDays(3));
        QVERIFY2(accepted, qPrintable(accepted.errorMessage()));
        QCOMPARE(application(m_finalists[0]).stage, PipelineStage::Hired);
        for (RowId id : {m_finalists[1], m_finalists[2]}) {
            const Application released = application(id);
            QVERIFY(!released.onHold);
            QVERIFY(released.holdReason.isEmpty());
            // They now await their answer; the stage is not touched.
            QCOMPARE(released.stage, PipelineStage::Final);
        }
        QVERIFY(application(m_finalists[2]).talentPool);
    }

    void validationNamesEveryFieldAndWritesNothing_data() {
        QTest::addColumn<int>("broken");
        QTest::addColumn<QString>("field");
        QTest::newRow("no chosen") << 0 << QStringLiteral("Chosen:");
        QTest::newRow("rank gap") << 1 << QStringLiteral("Runners-up:");
        QTest::newRow("no criteria") << 2 << QStringLiteral("Deciding criteria:");
        QTest::newRow("foreign criterion") << 3 << QStringLiteral("Deciding criteria:");
        QTest::newRow("empty rationale") << 4 << QStringLiteral("Rationale:");
        QTest::newRow("not a lead") << 5 << QStringLiteral("Decided by:");
        QTest::newRow("foreign application") << 6 << QStringLiteral("Chosen and runners-up:");
        QTest::newRow("chosen twice") << 7 << QStringLiteral("Runners-up:");
    }

    void validationNamesEveryFieldAndWritesNothing() {
        QFETCH(int, broken);
        QFETCH(QString, field);
        DecisionRequest request = validRequest();
        switch (broken) {
        case 0:
            request.chosen.clear();
            break;
        case 1:
            request.runnersUp[1].rank = 3;
            break;
        case 2:
            request.decidingCriterionIds.clear();
            break;
        case 3:
            request.decidingCriterionIds = {foreignCriterion()};
            break;
        case 4:
            request.rationale = QStringLiteral("   ");
            break;
        case 5:
            request.decidedBy = m_memberId;
            break;
        case 6:
            request.chosen = {foreignApplication()};
            break;
        case 7:
            request.runnersUp[0].applicationId = request.chosen.first();
            break;
        }
        const qint64 auditBefore = auditCount();
        const QList<Application> before = applications();
        auto recorded = DecisionWorkflow(*m_db).record(request, kActor);
        QVERIFY(!recorded);
        QVERIFY2(recorded.errorMessage().startsWith(field), qPrintable(recorded.errorMessage()));
        // Nothing written on error.
        auto stored = DecisionRepository(*m_db).forOpening(m_opening.id);
        QVERIFY(stored && !stored->has_value());
        QCOMPARE(applications(), before);
        QCOMPARE(auditCount(), auditBefore);
    }

    void everyProblemAtOnce() {
        DecisionRequest request;
        request.openingId = m_opening.id;
        request.runnersUp = {{m_finalists[1], 2, false}};
        const QStringList problems = DecisionWorkflow::problems(request);
        // Chosen, rank, criteria, rationale, decided by, decided at.
        QCOMPARE(problems.size(), 6);
    }

    void secondDecisionIsRefused() {
        QVERIFY(DecisionWorkflow(*m_db).record(validRequest(), kActor));
        auto again = DecisionWorkflow(*m_db).record(validRequest(), kActor);
        QVERIFY(!again);
        QVERIFY2(again.errorMessage().contains(QStringLiteral("Opening:")),
                 qPrintable(again.errorMessage()));
    }

private:
    DecisionRequest validRequest() const {
        DecisionRequest r;
        r.openingId = m_opening.id;
        r.chosen = {m_finalists[0]};
        r.runnersUp = {{m_finalists[2], 1, true}, {m_finalists[1], 2, false}};
        r.decidingCriterionIds = {m_rubric.criteria.first().id};
        r.rationale = QStringLiteral("Stronger system design.");
        r.shareDecidingFactor = true;
        r.decidedBy = m_leadId;
        r.decidedAt = kDecidedAt;
        return r;
    }

    Application application(RowId id) {
        auto a = ApplicationRepository(*m_db).get(id);
        if (!a)
            qWarning("%s", qPrintable(a.errorMessage()));
        return a ? *a : Application{};
    }

    QList<Application> applications() {
        auto all = ApplicationRepository(*m_db).forOpening(m_opening.id);
        return all ? *all : QList<Application>{};
    }

    qint64 auditCount() {
        auto q = m_db->exec(QStringLiteral("SELECT COUNT(*) FROM audit_log"));
        return q && q->next() ? q->value(0).toLongLong() : -1;
    }

    /// A criterion of another opening's rubric.
    RowId foreignCriterion() {
        auto q = m_db->exec(QStringLiteral("SELECT c.id FROM criteria c JOIN rubrics r ON "
                                           "r.id = c.rubric_id WHERE r.opening_id <> ? LIMIT 1"),
                            {m_opening.id});
        return q && q->next() ? q->value(0).toLongLong() : kNoRow;
    }

    RowId foreignApplication() {
        auto q =
            m_db->exec(QStringLiteral("SELECT id FROM applications WHERE opening_id <> ? LIMIT 1"),
                       {m_opening.id});
        return q && q->next() ? q->value(0).toLongLong() : kNoRow;
    }

    QTemporaryDir m_dir;
    int m_files = 0;
    std::unique_ptr<Database> m_db;
    Opening m_opening;
    Rubric m_rubric;
    QList<RowId> m_finalists;
    RowId m_leadId = kNoRow;
    RowId m_memberId = kNoRow;
};

QTEST_GUILESS_MAIN(TestDecisionWorkflow)
#include "tst_decisionworkflow.moc"
