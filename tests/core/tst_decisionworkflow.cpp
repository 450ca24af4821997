#include "EmptyOpening.h"
#include "TestDatabase.h"

#include "analytics/ComparisonInput.h"
#include "correspondence/CommunicationLog.h"
#include "decision/DecisionComparison.h"
#include "decision/DecisionWorkflow.h"
#include "demo/DemoDataGenerator.h"
#include "pipeline/PipelineWorkflow.h"
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
        auto db =
            test::TestDatabase::open(m_dir.filePath(QStringLiteral("d%1.sqlite").arg(++m_files)));
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
            AuditRepository(*m_db).forEntity(QStringLiteral("decision"), recorded->after.uuid);
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

    // On a panel's own opening built from an empty database (EmptyOpening).

    void recordClosesTheLoopForEveryoneInOneStep() {
        auto o = empty();
        QVERIFY(o.db);
        const QList<Application> before = all(*o.db, o.openingId);
        auto plan = DecisionWorkflow(*o.db).plan(emptyRequest(o));
        QVERIFY2(plan, qPrintable(plan.errorMessage()));
        // Ana chosen, Ben held, Chloé (finalist), Dev and Eve rejected.
        QCOMPARE(plan->changes().size(), 5);
        QCOMPARE(plan->rejections().size(), 3);
        auto recorded = DecisionWorkflow(*o.db).record(emptyRequest(o), kActor);
        QVERIFY2(recorded, qPrintable(recorded.errorMessage()));
        QCOMPARE(recorded->applications, plan->changes());
        QCOMPARE(stageOf(*o.db, o.ana), PipelineStage::Offer);
        QCOMPARE(stageOf(*o.db, o.ben), PipelineStage::Final);
        QVERIFY(get(*o.db, o.ben).onHold);
        for (RowId closed : {o.chloe, o.dev, o.eve})
            QCOMPARE(stageOf(*o.db, closed), PipelineStage::Rejected);
        // The furthest stage is kept: it decides which message fits.
        QCOMPARE(get(*o.db, o.chloe).furthestStage, PipelineStage::Final);
        QCOMPARE(get(*o.db, o.eve).furthestStage, PipelineStage::Applied);
        auto log =
            AuditRepository(*o.db).forEntity(QStringLiteral("application"), get(*o.db, o.eve).uuid);
        QVERIFY(log);
        QVERIFY(std::any_of(log->begin(), log->end(), [](const AuditEntry& e) {
            return e.field == QStringLiteral("stage") && e.newValue == QStringLiteral("rejected");
        }));

        // Undone in one step: every application exactly as before, no decision.
        QVERIFY(DecisionWorkflow(*o.db).undoBlocker(*recorded));
        auto undone = DecisionWorkflow(*o.db).undo(*recorded, kActor, kDecidedAt.addSecs(60));
        QVERIFY2(undone, qPrintable(undone.errorMessage()));
        QCOMPARE(withoutVersions(all(*o.db, o.openingId)), withoutVersions(before));
        auto stored = DecisionRepository(*o.db).forOpening(o.openingId);
        QVERIFY(stored && !stored->has_value());
        // A redo puts back the same record.
        DecisionRequest again = emptyRequest(o);
        again.uuid = recorded->after.uuid;
        auto redone = DecisionWorkflow(*o.db).record(again, kActor);
        QVERIFY2(redone, qPrintable(redone.errorMessage()));
        QCOMPARE(redone->after.uuid, recorded->after.uuid);
        QCOMPARE(stageOf(*o.db, o.eve), PipelineStage::Rejected);
    }

    void undoIsRefusedOnceAMessageWentOut() {
        auto o = empty();
        QVERIFY(o.db);
        auto recorded = DecisionWorkflow(*o.db).record(emptyRequest(o), kActor);
        QVERIFY(recorded);
        // Saving Eve's rejection as .eml counts: it may have gone out.
        auto logged = CommunicationLog(*o.db).recordOutput(o.eve, OutputKind::EmlFile,
                                                           QStringLiteral("Your application"),
                                                           kActor, kDecidedAt.addSecs(30));
        QVERIFY(logged);
        const QList<Application> now = all(*o.db, o.openingId);
        auto blocked = DecisionWorkflow(*o.db).undoBlocker(*recorded);
        QVERIFY(!blocked);
        QVERIFY2(blocked.errorMessage().contains(QStringLiteral("message went out")),
                 qPrintable(blocked.errorMessage()));
        QVERIFY2(blocked.errorMessage().contains(QString::number(o.eve)),
                 qPrintable(blocked.errorMessage()));
        QVERIFY(!DecisionWorkflow(*o.db).undo(*recorded, kActor, kDecidedAt.addSecs(60)));
        QCOMPARE(withoutVersions(all(*o.db, o.openingId)), withoutVersions(now));
        // An inbound entry is no message from the panel; taking the output
        // back makes the recording undoable again.
        QVERIFY(CommunicationLog(*o.db).undo(*logged, kActor, kDecidedAt.addSecs(40)));
        CommunicationEntry inbound;
        inbound.applicationId = o.ben;
        inbound.direction = CommunicationDirection::Inbound;
        inbound.summary = QStringLiteral("Asked when to expect news.");
        QVERIFY(CommunicationLog(*o.db).record(inbound, kActor, kDecidedAt.addSecs(50)));
        QVERIFY(DecisionWorkflow(*o.db).undoBlocker(*recorded));
        // A later edit of one of the applications blocks it too.
        QVERIFY(PipelineWorkflow(*o.db).moveToStage(
            get(*o.db, o.dev).uuid, PipelineStage::Withdrawn, kActor, kDecidedAt.addSecs(70)));
        auto changed = DecisionWorkflow(*o.db).undoBlocker(*recorded);
        QVERIFY(!changed);
        QVERIFY2(changed.errorMessage().contains(QStringLiteral("changed since")),
                 qPrintable(changed.errorMessage()));
    }

    void failureHalfwayLeavesNothing() {
        auto o = empty();
        QVERIFY(o.db);
        const QList<Application> before = all(*o.db, o.openingId);
        const qint64 audit = count(*o.db, QStringLiteral("SELECT COUNT(*) FROM audit_log"));
        // Eve's row refuses to change: the decision and the first changes
        // are written by then and must all be rolled back. (A trigger's DDL
        // takes no bound values; the id is the fixture's own number.)
        QVERIFY(test::TestDatabase::refuseWrites(
            *o.db, QStringLiteral("refuse_eve"), QStringLiteral("UPDATE"),
            QStringLiteral("applications"), QStringLiteral("NEW.id = %1").arg(o.eve)));
        auto recorded = DecisionWorkflow(*o.db).record(emptyRequest(o), kActor);
        QVERIFY(!recorded);
        QVERIFY2(recorded.errorMessage().contains(QStringLiteral("refused for the test")),
                 qPrintable(recorded.errorMessage()));
        QCOMPARE(withoutVersions(all(*o.db, o.openingId)), withoutVersions(before));
        QCOMPARE(count(*o.db, QStringLiteral("SELECT COUNT(*) FROM decisions")), 0);
        QCOMPARE(count(*o.db, QStringLiteral("SELECT COUNT(*) FROM decision_outcomes")), 0);
        QCOMPARE(count(*o.db, QStringLiteral("SELECT COUNT(*) FROM audit_log")), audit);
    }

    void amendNeedsAReasonAndReplans() {
        auto o = empty();
        QVERIFY(o.db);
        QVERIFY(DecisionWorkflow(*o.db).record(emptyRequest(o), kActor));
        const QList<Application> recorded = all(*o.db, o.openingId);
        // Chloé, rejected by the decision but not yet told, becomes the
        // runner-up instead of Ben.
        DecisionRequest changed = emptyRequest(o);
        changed.runnersUp = {{o.chloe, 1, true}};
        changed.rationale = QStringLiteral("Chloé's pipeline design is what we need.");
        changed.baseVersion = stored(*o.db, o.openingId).rowVersion;
        auto noReason = DecisionWorkflow(*o.db).amend(changed, QStringLiteral("  "), kActor,
                                                      kDecidedAt.addDays(1));
        QVERIFY(!noReason);
        QVERIFY(noReason.errorMessage().contains(QStringLiteral("Reason:")));
        QCOMPARE(withoutVersions(all(*o.db, o.openingId)), withoutVersions(recorded));

        const QString why = QStringLiteral("References changed the ranking.");
        auto amended = DecisionWorkflow(*o.db).amend(changed, why, kActor, kDecidedAt.addDays(1));
        QVERIFY2(amended, qPrintable(amended.errorMessage()));
        QCOMPARE(stageOf(*o.db, o.chloe), PipelineStage::Final);
        QVERIFY(get(*o.db, o.chloe).onHold);
        QVERIFY(get(*o.db, o.chloe).talentPool);
        QCOMPARE(stageOf(*o.db, o.ben), PipelineStage::Rejected);
        QVERIFY(!get(*o.db, o.ben).onHold);
        auto stored = DecisionRepository(*o.db).forOpening(o.openingId);
        QVERIFY(stored && stored->has_value());
        QCOMPARE((*stored)->rationale, changed.rationale);
        QCOMPARE((*stored)->uuid, amended->before->uuid);
        // Audited old → new with the reason.
        auto log = AuditRepository(*o.db).forEntity(QStringLiteral("decision"), (*stored)->uuid);
        QVERIFY(log);
        const auto outcomes = std::find_if(log->begin(), log->end(), [](const AuditEntry& e) {
            return e.field == QStringLiteral("outcomes");
        });
        QVERIFY(outcomes != log->end());
        QCOMPARE(outcomes->reason, why);
        QVERIFY(outcomes->oldValue.contains(QStringLiteral("1=%1").arg(o.ben)));
        QVERIFY(outcomes->newValue.contains(QStringLiteral("1=%1").arg(o.chloe)));

        // Undo puts the recorded decision back exactly.
        QVERIFY(DecisionWorkflow(*o.db).undo(*amended, kActor, kDecidedAt.addDays(2)));
        QCOMPARE(withoutVersions(all(*o.db, o.openingId)), withoutVersions(recorded));
        stored = DecisionRepository(*o.db).forOpening(o.openingId);
        QVERIFY(stored && stored->has_value());
        Decision restored = **stored;
        QVERIFY(restored.rowVersion > amended->before->rowVersion); // a new write
        restored.rowVersion = amended->before->rowVersion;
        QCOMPARE(restored, *amended->before);
    }

    // Two leads amend the decision both read: the later one is refused as
    // stale, with the first's decision, and writes nothing; keeping one's own
    // is amending again on the version stored now.
    void amendOverAnotherAmendmentIsStale() {
        auto o = empty();
        QVERIFY(o.db);
        QVERIFY(DecisionWorkflow(*o.db).record(emptyRequest(o), kActor));
        const int read = stored(*o.db, o.openingId).rowVersion;
        DecisionRequest first = emptyRequest(o);
        first.baseVersion = read;
        first.rationale = QStringLiteral("First lead: Ana's design review decided it.");
        auto firstSaved = DecisionWorkflow(*o.db).amend(first, QStringLiteral("Wording"), kActor,
                                                        kDecidedAt.addDays(1));
        QVERIFY2(firstSaved, qPrintable(firstSaved.errorMessage()));
        const QList<Application> afterFirst = all(*o.db, o.openingId);
        const Decision firstStored = stored(*o.db, o.openingId);
        QVERIFY(firstStored.rowVersion > read);
        const qint64 audit = count(*o.db, QStringLiteral("SELECT COUNT(*) FROM audit_log"));

        DecisionRequest second = emptyRequest(o);
        second.baseVersion = read;
        second.runnersUp = {{o.chloe, 1, false}};
        second.rationale = QStringLiteral("Second lead: Chloé is the better runner-up.");
        const QString why = QStringLiteral("References came in.");
        auto secondSaved =
            DecisionWorkflow(*o.db).amend(second, why, kActor, kDecidedAt.addDays(1));
        QVERIFY(!secondSaved);
        QVERIFY(secondSaved.isStale());
        QCOMPARE(secondSaved.current(), firstStored);
        // Nothing of the second: applications (versions included), the
        // decision and the audit log as the first left them.
        QCOMPARE(all(*o.db, o.openingId), afterFirst);
        QCOMPARE(stored(*o.db, o.openingId), firstStored);
        QCOMPARE(count(*o.db, QStringLiteral("SELECT COUNT(*) FROM audit_log")), audit);

        // Keep Mine: the same amendment on the version stored now.
        second.baseVersion = secondSaved.current().rowVersion;
        auto kept = DecisionWorkflow(*o.db).amend(second, why, kActor, kDecidedAt.addDays(1));
        QVERIFY2(kept, qPrintable(kept.errorMessage()));
        QCOMPARE(stored(*o.db, o.openingId).rationale, second.rationale);
        QCOMPARE(kept->before->rationale, first.rationale);
        QVERIFY(get(*o.db, o.chloe).onHold);
        QCOMPARE(stageOf(*o.db, o.ben), PipelineStage::Rejected);
    }

    // The conflict's rows in words: finalists by name (mine's first), the
    // criteria by name, the panelist by name.
    void comparisonNamesEveryField() {
        auto o = empty();
        QVERIFY(o.db);
        QVERIFY(DecisionWorkflow(*o.db).record(emptyRequest(o), kActor));
        DecisionRequest mine = emptyRequest(o);
        mine.runnersUp = {{o.chloe, 1, false}};
        mine.rationale = QStringLiteral("Mine.");
        mine.shareDecidingFactor = true;
        auto rows = DecisionComparison::fields(*o.db, mine, stored(*o.db, o.openingId));
        QVERIFY2(rows, qPrintable(rows.errorMessage()));
        QStringList texts;
        for (const ComparedField& row : std::as_const(*rows))
            texts.append(row.field + u'|' + row.mine + u'|' + row.theirs);
        auto rubric = RubricRepository(*o.db).currentForOpening(o.openingId);
        QVERIFY(rubric && rubric->has_value());
        const QString criterion = (*rubric)->criteria.first().name;
        QCOMPARE(texts,
                 (QStringList{QStringLiteral("Ana Lima|Chosen|Chosen"),
                              QStringLiteral("Chloé Martin|Runner-up 1|not named"),
                              QStringLiteral("Ben Novak|not named|Runner-up 1"),
                              QStringLiteral("Deciding criteria|%1|%1").arg(criterion),
                              QStringLiteral("Rationale|Mine.|Strongest on every criterion."),
                              QStringLiteral("Deciding factor may be shared|Yes|No"),
                              QStringLiteral("Decided by|Priya Raman|Priya Raman")}));
    }

    // Redoing one's own amendment after one's own undo is not stale; after
    // someone else amended in between it is.
    void redoAfterOwnUndoIsNotStale() {
        auto o = empty();
        QVERIFY(o.db);
        QVERIFY(DecisionWorkflow(*o.db).record(emptyRequest(o), kActor));
        DecisionRequest mine = emptyRequest(o);
        mine.baseVersion = stored(*o.db, o.openingId).rowVersion;
        mine.rationale = QStringLiteral("Mine.");
        const QString why = QStringLiteral("Clearer");
        auto amended = DecisionWorkflow(*o.db).amend(mine, why, kActor, kDecidedAt);
        QVERIFY2(amended, qPrintable(amended.errorMessage()));
        QVERIFY(DecisionWorkflow(*o.db).undo(*amended, kActor, kDecidedAt));
        const int afterUndo = stored(*o.db, o.openingId).rowVersion;
        QVERIFY(afterUndo > amended->after.rowVersion); // the undo wrote a version
        QCOMPARE(*DecisionWorkflow(*o.db).redoBase(*amended->before), afterUndo);
        mine.baseVersion = afterUndo;
        auto redone = DecisionWorkflow(*o.db).amend(mine, why, kActor, kDecidedAt);
        QVERIFY2(redone, qPrintable(redone.errorMessage()));

        // Undone again, then another lead amends: the redo is refused.
        QVERIFY(DecisionWorkflow(*o.db).undo(*redone, kActor, kDecidedAt));
        DecisionRequest theirs = emptyRequest(o);
        theirs.baseVersion = stored(*o.db, o.openingId).rowVersion;
        theirs.rationale = QStringLiteral("Theirs.");
        QVERIFY(DecisionWorkflow(*o.db).amend(theirs, why, kActor, kDecidedAt));
        mine.baseVersion = *DecisionWorkflow(*o.db).redoBase(*redone->before);
        auto again = DecisionWorkflow(*o.db).amend(mine, why, kActor, kDecidedAt);
        QVERIFY(again.isStale());
        QCOMPARE(again.current().rationale, theirs.rationale);
        QCOMPARE(stored(*o.db, o.openingId).rationale, theirs.rationale);
    }

    // Someone moves a finalist while the decision is being written (a
    // trigger stands in for the other connection): the whole step is
    // refused, naming the candidate, and nothing is written.
    void aFinalistMovedMeanwhileRefusesTheWholeStep() {
        auto o = empty();
        QVERIFY(o.db);
        const QList<Application> before = all(*o.db, o.openingId);
        const qint64 audit = count(*o.db, QStringLiteral("SELECT COUNT(*) FROM audit_log"));
        QVERIFY2(bumpOnDecision(*o.db, o.ben), "trigger not made");
        auto recorded = DecisionWorkflow(*o.db).record(emptyRequest(o), kActor);
        QVERIFY(!recorded);
        QVERIFY2(recorded.errorMessage().contains(QStringLiteral("Ben Novak")),
                 qPrintable(recorded.errorMessage()));
        QCOMPARE(all(*o.db, o.openingId), before); // Ana, written first, too
        QCOMPARE(count(*o.db, QStringLiteral("SELECT COUNT(*) FROM decisions")), 0);
        QCOMPARE(count(*o.db, QStringLiteral("SELECT COUNT(*) FROM audit_log")), audit);
    }

    void offerDeclinedPromotesTheFirstHeldRunnerUp() {
        auto o = empty();
        QVERIFY(o.db);
        DecisionRequest request = emptyRequest(o);
        request.runnersUp = {{o.chloe, 2, false}, {o.ben, 1, true}};
        QVERIFY(DecisionWorkflow(*o.db).record(request, kActor));
        const QList<Application> recorded = all(*o.db, o.openingId);
        QCOMPARE(*DecisionWorkflow(*o.db).nextRunnerUp(o.openingId), std::optional<RowId>(o.ben));
        QVERIFY(!DecisionWorkflow(*o.db).offerDeclined(o.ana, {}, o.lead, kActor, kDecidedAt));
        auto notLead = DecisionWorkflow(*o.db).offerDeclined(o.ana, QStringLiteral("x"), o.panelist,
                                                             kActor, kDecidedAt);
        QVERIFY(!notLead);
        QVERIFY2(notLead.errorMessage().startsWith(QStringLiteral("Declined by:")),
                 qPrintable(notLead.errorMessage()));
        QCOMPARE(withoutVersions(all(*o.db, o.openingId)), withoutVersions(recorded));
        QVERIFY(!DecisionWorkflow(*o.db).offerDeclined(o.ben, QStringLiteral("x"), o.lead, kActor,
                                                       kDecidedAt));

        auto declined = DecisionWorkflow(*o.db).offerDeclined(
            o.ana, QStringLiteral("Took a counter-offer."), o.lead, kActor, kDecidedAt.addDays(2));
        QVERIFY2(declined, qPrintable(declined.errorMessage()));
        QCOMPARE(stageOf(*o.db, o.ana), PipelineStage::Withdrawn);
        QCOMPARE(stageOf(*o.db, o.ben), PipelineStage::Offer);
        QVERIFY(!get(*o.db, o.ben).onHold);
        QVERIFY(get(*o.db, o.chloe).onHold);
        QVERIFY2(get(*o.db, o.chloe).holdReason.startsWith(QStringLiteral("Runner-up 1")),
                 qPrintable(get(*o.db, o.chloe).holdReason));
        auto stored = DecisionRepository(*o.db).forOpening(o.openingId);
        QVERIFY(stored && stored->has_value());
        QList<DecisionOutcome> outcomes = (*stored)->outcomes;
        std::sort(outcomes.begin(), outcomes.end(),
                  [](const auto& a, const auto& b) { return a.applicationId < b.applicationId; });
        QCOMPARE(outcomes, (QList<DecisionOutcome>{{o.ana, DecisionRole::NotSelected, 0},
                                                   {o.ben, DecisionRole::Chosen, 0},
                                                   {o.chloe, DecisionRole::RunnerUp, 1}}));
        auto log = AuditRepository(*o.db).forEntity(QStringLiteral("decision"), (*stored)->uuid);
        QVERIFY(log && std::any_of(log->begin(), log->end(), [](const AuditEntry& e) {
                    return e.field == QStringLiteral("offer_declined") &&
                           e.reason == QStringLiteral("Took a counter-offer.");
                }));

        // Undoable as one step.
        QVERIFY(DecisionWorkflow(*o.db).undo(*declined, kActor, kDecidedAt.addDays(3)));
        QCOMPARE(withoutVersions(all(*o.db, o.openingId)), withoutVersions(recorded));
        // Ben declines too after all: Chloé is next; then nobody is left.
        QVERIFY(DecisionWorkflow(*o.db).offerDeclined(o.ana, QStringLiteral("No."), o.lead, kActor,
                                                      kDecidedAt.addDays(4)));
        QVERIFY(DecisionWorkflow(*o.db).offerDeclined(o.ben, QStringLiteral("Moved."), o.lead,
                                                      kActor, kDecidedAt.addDays(5)));
        QCOMPARE(stageOf(*o.db, o.chloe), PipelineStage::Offer);
        const QList<Application> last = all(*o.db, o.openingId);
        auto none = DecisionWorkflow(*o.db).offerDeclined(o.chloe, QStringLiteral("No."), o.lead,
                                                          kActor, kDecidedAt.addDays(6));
        QVERIFY(!none);
        QVERIFY2(none.errorMessage().contains(QStringLiteral("No runner-up is on hold")),
                 qPrintable(none.errorMessage()));
        QCOMPARE(withoutVersions(all(*o.db, o.openingId)), withoutVersions(last));
    }

private:
    test::EmptyOpening empty() {
        QString error;
        auto built = test::EmptyOpening::build(
            m_dir.filePath(QStringLiteral("e%1.sqlite").arg(++m_files)), &error);
        if (!built.db)
            qWarning("%s", qPrintable(error));
        return built;
    }

    static DecisionRequest emptyRequest(const test::EmptyOpening& o) { return o.decision(); }

    static QList<Application> all(Database& db, RowId openingId) {
        auto found = ApplicationRepository(db).forOpening(openingId);
        return found ? *found : QList<Application>{};
    }

    /// The content only: an undo writes the old content again, so the row
    /// versions move on.
    static QList<Application> withoutVersions(QList<Application> applications) {
        for (Application& a : applications)
            a.rowVersion = 0;
        return applications;
    }

    static Application get(Database& db, RowId id) {
        auto found = ApplicationRepository(db).get(id);
        return found ? *found : Application{};
    }

    static PipelineStage stageOf(Database& db, RowId id) { return get(db, id).stage; }

    static Decision stored(Database& db, RowId openingId) {
        auto found = DecisionRepository(db).forOpening(openingId);
        return found && found->has_value() ? **found : Decision{};
    }

    /// Moves application `id` on by one version whenever a decision is
    /// inserted or updated, as another connection's save would in between.
    static bool bumpOnDecision(Database& db, RowId id) {
        const QString bump =
            QStringLiteral("UPDATE applications SET row_version = row_version + 1 WHERE id = %1;")
                .arg(id);
        QStringList statements;
        if (db.dialect() == SqlDialect::Sqlite) {
            statements.append(QStringLiteral("CREATE TRIGGER bump AFTER INSERT ON decisions "
                                             "BEGIN %1 END")
                                  .arg(bump));
        } else {
            statements.append(QStringLiteral("CREATE FUNCTION bump() RETURNS trigger LANGUAGE "
                                             "plpgsql AS $$ BEGIN %1 RETURN NEW; END $$")
                                  .arg(bump));
            statements.append(QStringLiteral("CREATE TRIGGER bump AFTER INSERT ON decisions FOR "
                                             "EACH ROW EXECUTE FUNCTION bump()"));
        }
        for (const QString& statement : std::as_const(statements)) {
            if (!db.exec(statement))
                return false;
        }
        return true;
    }

    /// The one number a COUNT(*) query gives.
    static qint64 count(Database& db, const QString& sql) {
        auto q = db.exec(sql);
        return q && q->next() ? q->value(0).toLongLong() : -1;
    }

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
