#include "decision/DecisionPlan.h"

#include <QTest>

using namespace debrief;

namespace {

constexpr RowId kOpening = 7;

Application applicationAt(RowId id, PipelineStage stage, PipelineStage furthest, bool onHold) {
    Application a;
    a.id = id;
    a.candidateId = 100 + id;
    a.openingId = kOpening;
    a.stage = stage;
    a.furthestStage = furthest;
    a.onHold = onHold;
    a.holdReason = onHold ? QStringLiteral("Waiting for a reference.") : QString();
    return a;
}

/// The furthest stage a candidate at `stage` has reached in this test.
PipelineStage furthestFor(PipelineStage stage) {
    return isTerminal(stage) ? PipelineStage::Final : stage;
}

} // namespace

/// DecisionPlan::make over every stage an application can be in, for every
/// part a decision can give it, with and without a hold. The expected
/// outcome of each row is written out by hand from the rule in
/// docs/DRAFTS.md ("What a decision does"), not computed by the plan's code.
class TestDecisionPlan : public QObject {
    Q_OBJECT

private slots:
    void everyStageAndRole_data() {
        QTest::addColumn<int>("stage");
        QTest::addColumn<int>("role"); // 0 chosen, 1 runner-up, 2 not named
        QTest::addColumn<bool>("onHold");
        QTest::addColumn<bool>("listed");
        QTest::addColumn<int>("stageAfter");
        QTest::addColumn<bool>("holdAfter");
        using S = PipelineStage;
        // stage, expected stage when not named (-1: left alone).
        const QList<std::pair<S, int>> notNamed{{S::Applied, int(S::Rejected)},
                                                {S::Screen, int(S::Rejected)},
                                                {S::Interview, int(S::Rejected)},
                                                {S::Final, int(S::Rejected)},
                                                {S::Offer, int(S::Rejected)},
                                                {S::Hired, -1},
                                                {S::Rejected, -1},
                                                {S::Withdrawn, -1}};
        // stage, expected stage as a runner-up.
        const QList<std::pair<S, S>> runnerUp{
            {S::Applied, S::Applied}, {S::Screen, S::Screen},      {S::Interview, S::Interview},
            {S::Final, S::Final},     {S::Offer, S::Final},        {S::Hired, S::Hired},
            {S::Rejected, S::Final},  {S::Withdrawn, S::Withdrawn}};
        for (bool hold : {false, true}) {
            const QString held = hold ? QStringLiteral(" held") : QString();
            for (const auto& [stage, after] : notNamed) {
                const bool listed = after >= 0;
                QTest::newRow(qPrintable(QStringLiteral("%1 not named%2").arg(toKey(stage), held)))
                    << int(stage) << 2 << hold << listed << (listed ? after : int(stage))
                    << (listed ? false : hold);
            }
            for (const auto& [stage, after] : runnerUp) {
                QTest::newRow(qPrintable(QStringLiteral("%1 runner-up%2").arg(toKey(stage), held)))
                    << int(stage) << 1 << hold << true << int(after) << true;
            }
            for (S stage : {S::Applied, S::Screen, S::Interview, S::Final, S::Offer}) {
                // Already at Offer without a hold: nothing to change.
                const bool listed = !(stage == S::Offer && !hold);
                QTest::newRow(qPrintable(QStringLiteral("%1 chosen%2").arg(toKey(stage), held)))
                    << int(stage) << 0 << hold << listed << int(S::Offer) << false;
            }
        }
    }

    void everyStageAndRole() {
        QFETCH(int, stage);
        QFETCH(int, role);
        QFETCH(bool, onHold);
        QFETCH(bool, listed);
        QFETCH(int, stageAfter);
        QFETCH(bool, holdAfter);
        const auto s = PipelineStage(stage);
        const Application a = applicationAt(1, s, furthestFor(s), onHold);
        DecisionRequest request;
        request.openingId = kOpening;
        if (role == 0)
            request.chosen = {1};
        if (role == 1)
            request.runnersUp = {{1, 1, true}};
        const DecisionPlan plan =
            DecisionPlan::make(request, {a}, {{a.candidateId, QStringLiteral("Ana Lima")}});
        QCOMPARE(plan.changes().size(), listed ? 1 : 0);
        if (!listed)
            return;
        const PlannedChange& c = plan.changes().first();
        QCOMPARE(c.before, a);
        QCOMPARE(int(c.after.stage), stageAfter);
        QCOMPARE(c.after.onHold, holdAfter);
        QCOMPARE(c.after.holdReason.isEmpty(), !holdAfter);
        QCOMPARE(c.candidateName, QStringLiteral("Ana Lima"));
        QCOMPARE(int(c.role), role == 0   ? int(DecisionRole::Chosen)
                              : role == 1 ? int(DecisionRole::RunnerUp)
                                          : int(DecisionRole::NotSelected));
        // The furthest stage only grows (Offer for the chosen).
        QVERIFY(int(c.after.furthestStage) >= int(a.furthestStage));
        if (role == 0)
            QCOMPARE(c.after.furthestStage, PipelineStage::Offer);
        if (role == 1) {
            QVERIFY(c.after.talentPool);
            QVERIFY(c.after.holdReason.startsWith(QStringLiteral("Runner-up 1")));
        }
        QVERIFY(!DecisionPlan::describe(c).isEmpty());
        QCOMPARE(plan.rejections().size(),
                 stageAfter == int(PipelineStage::Rejected) && stage != int(PipelineStage::Rejected)
                     ? 1
                     : 0);
    }

    void ordersChosenRunnersUpThenRejectedByName() {
        using S = PipelineStage;
        const QList<Application> all{
            applicationAt(1, S::Screen, S::Screen, false),   // Zoë, rejected
            applicationAt(2, S::Final, S::Final, false),     // Ben, runner-up 2
            applicationAt(3, S::Final, S::Final, false),     // Ana, chosen
            applicationAt(4, S::Final, S::Final, false),     // Cleo, runner-up 1
            applicationAt(5, S::Applied, S::Applied, false), // Dana, rejected
            applicationAt(6, S::Rejected, S::Final, false)}; // closed: left alone
        const QHash<RowId, QString> names{
            {101, QString::fromUtf8("Zoë")}, {102, QStringLiteral("Ben")},
            {103, QStringLiteral("Ana")},    {104, QStringLiteral("Cleo")},
            {105, QStringLiteral("Dana")},   {106, QStringLiteral("Old")}};
        DecisionRequest request;
        request.chosen = {3};
        request.runnersUp = {{2, 2, false}, {4, 1, false}};
        const DecisionPlan plan = DecisionPlan::make(request, all, names);
        QStringList order;
        for (const PlannedChange& c : plan.changes())
            order.append(c.candidateName);
        QCOMPARE(order,
                 (QStringList{QStringLiteral("Ana"), QStringLiteral("Cleo"), QStringLiteral("Ben"),
                              QStringLiteral("Dana"), QString::fromUtf8("Zoë")}));
        QCOMPARE(plan.rejections().size(), 2);
        QCOMPARE(DecisionPlan::describe(plan.changes().at(0)),
                 QStringLiteral("Ana: chosen, Final → Offer"));
        QCOMPARE(DecisionPlan::describe(plan.changes().at(1)),
                 QStringLiteral("Cleo: runner-up 1, on hold (stays in Final)"));
        QCOMPARE(DecisionPlan::describe(plan.changes().at(4)),
                 QString::fromUtf8("Zoë: still in process, Screen → Rejected"));
    }
};

QTEST_GUILESS_MAIN(TestDecisionPlan)
#include "tst_decisionplan.moc"
