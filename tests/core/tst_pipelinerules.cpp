#include "pipeline/ApplicationChange.h"
#include "pipeline/PipelineWorkflow.h"
#include "pipeline/ReferencePolicy.h"
#include "pipeline/StageRules.h"

#include <QTest>

using namespace debrief;

/// The pure pipeline rules: how the furthest stage moves, when references
/// are premature, and how a partial change and its reverse behave.
class TestPipelineRules : public QObject {
    Q_OBJECT

private slots:
    void furthestStage_data() {
        QTest::addColumn<PipelineStage>("furthest");
        QTest::addColumn<PipelineStage>("to");
        QTest::addColumn<PipelineStage>("expected");
        using S = PipelineStage;
        QTest::newRow("forward advances") << S::Interview << S::Final << S::Final;
        QTest::newRow("skip ahead advances") << S::Applied << S::Offer << S::Offer;
        QTest::newRow("back keeps") << S::Final << S::Screen << S::Final;
        QTest::newRow("rejected keeps") << S::Final << S::Rejected << S::Final;
        QTest::newRow("withdrawn keeps") << S::Interview << S::Withdrawn << S::Interview;
        QTest::newRow("hired advances") << S::Offer << S::Hired << S::Hired;
        QTest::newRow("same stays") << S::Screen << S::Screen << S::Screen;
        // Old data may hold a closing stage as "furthest"; real progress wins.
        QTest::newRow("closed furthest replaced") << S::Rejected << S::Applied << S::Applied;
    }

    void furthestStage() {
        QFETCH(PipelineStage, furthest);
        QFETCH(PipelineStage, to);
        QFETCH(PipelineStage, expected);
        QCOMPARE(StageRules::furthestAfterMove(furthest, to), expected);
    }

    void referencesWarnBeforeTheFinal_data() {
        QTest::addColumn<PipelineStage>("stage");
        QTest::addColumn<bool>("warns");
        using S = PipelineStage;
        QTest::newRow("applied") << S::Applied << true;
        QTest::newRow("screen") << S::Screen << true;
        QTest::newRow("interview") << S::Interview << true;
        QTest::newRow("final") << S::Final << false;
        QTest::newRow("offer") << S::Offer << false;
        QTest::newRow("hired") << S::Hired << false;
        QTest::newRow("rejected") << S::Rejected << true;
        QTest::newRow("withdrawn") << S::Withdrawn << true;
    }

    void referencesWarnBeforeTheFinal() {
        QFETCH(PipelineStage, stage);
        QFETCH(bool, warns);
        const QString warning = ReferencePolicy::warningFor(stage);
        QCOMPARE(!warning.isEmpty(), warns);
        if (warns) {
            // The warning must say why: the cost to the candidate.
            QVERIFY2(warning.contains(QStringLiteral("goodwill")), qPrintable(warning));
            QVERIFY2(warning.contains(toLabel(stage)), qPrintable(warning));
        }
        QCOMPARE(ReferencePolicy::isFinalist(stage),
                 stage == PipelineStage::Final || stage == PipelineStage::Offer);
    }

    void moveToSetsStageAndFurthest() {
        Application application;
        application.stage = PipelineStage::Final;
        application.furthestStage = PipelineStage::Final;
        const ApplicationChange reject =
            PipelineWorkflow::moveTo(application, PipelineStage::Rejected);
        QCOMPARE(reject.stage, std::optional(PipelineStage::Rejected));
        QCOMPARE(reject.furthestStage, std::optional(PipelineStage::Final));
        QVERIFY(!reject.notes.has_value());
        QVERIFY(!reject.promisedResponseDate.has_value());
    }

    void reverseTouchesOnlyTheChangedFields() {
        Application application;
        application.stage = PipelineStage::Interview;
        application.furthestStage = PipelineStage::Interview;
        application.notes = QStringLiteral("Keep");
        application.promisedResponseDate = QDate(2026, 11, 1);
        ApplicationChange change;
        change.promisedResponseDate = QDate();
        const ApplicationChange reverse = change.reverseOn(application);
        QCOMPARE(reverse.promisedResponseDate, std::optional(QDate(2026, 11, 1)));
        QVERIFY(!reverse.stage && !reverse.furthestStage && !reverse.notes);

        const Application cleared = change.appliedTo(application);
        QVERIFY(!cleared.promisedResponseDate.isValid());
        QCOMPARE(cleared.notes, QStringLiteral("Keep"));
        QCOMPARE(reverse.appliedTo(cleared), application);
        QVERIFY(!change.isNoOpOn(application));
        QVERIFY(change.isNoOpOn(cleared));
    }

    void applicationDifferencesUseStableText() {
        Application before;
        before.stage = PipelineStage::Interview;
        before.furthestStage = PipelineStage::Interview;
        Application after = before;
        after.stage = PipelineStage::Final;
        after.furthestStage = PipelineStage::Final;
        after.promisedResponseDate = QDate(2026, 12, 4);
        const QList<AuditEntry> diff = PipelineWorkflow::differences(before, after);
        // Three fields changed: stage, furthest stage, promised date.
        QCOMPARE(diff.size(), 3);
        QCOMPARE(diff[0].field, QStringLiteral("stage"));
        QCOMPARE(diff[0].oldValue, QStringLiteral("interview"));
        QCOMPARE(diff[0].newValue, QStringLiteral("final"));
        QCOMPARE(diff[1].field, QStringLiteral("furthest_stage"));
        QCOMPARE(diff[2].field, QStringLiteral("promised_response_date"));
        QCOMPARE(diff[2].oldValue, QString());
        QCOMPARE(diff[2].newValue, QStringLiteral("2026-12-04"));
        QCOMPARE(diff[2].entityType, QStringLiteral("application"));
    }
};

QTEST_GUILESS_MAIN(TestPipelineRules)
#include "tst_pipelinerules.moc"
