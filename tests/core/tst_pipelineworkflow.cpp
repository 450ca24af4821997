#include "TestDatabase.h"
#include "pipeline/PipelineWorkflow.h"
#include "storage/ApplicationRepository.h"
#include "storage/AuditRepository.h"
#include "storage/CandidateRepository.h"
#include "storage/Database.h"
#include "storage/OpeningRepository.h"
#include "storage/PipelineQuery.h"
#include "storage/ReferenceRepository.h"

#include <QTemporaryDir>
#include <QTest>

using namespace debrief;

namespace {
const QDateTime kNow(QDate(2026, 11, 20), QTime(10, 15), Qt::UTC);
const QString kActor = QStringLiteral("Priya Raman");
} // namespace

/// Stage moves, promised dates, notes and references written through
/// PipelineWorkflow to a real SQLite file, with their audit trail.
class TestPipelineWorkflow : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    Application m_application;

    Application stored() { return *ApplicationRepository(*m_db).get(m_application.id); }
    QList<AuditEntry> auditOf(const QString& entity, const QUuid& uuid) {
        auto entries = AuditRepository(*m_db).forEntity(entity, uuid);
        return entries ? *entries : QList<AuditEntry>{};
    }

private slots:
    void init() {
        static int n = 0;
        auto db = test::TestDatabase::open(m_dir.filePath(QStringLiteral("pw%1.sqlite").arg(++n)));
        QVERIFY2(db.ok(), qPrintable(db.errorMessage()));
        m_db = std::move(db.value());
        Opening opening;
        opening.title = QStringLiteral("Support Lead");
        QVERIFY(OpeningRepository(*m_db).insert(opening).ok());
        Candidate candidate;
        candidate.fullName = QStringLiteral("Tomás Ruiz");
        candidate.email = QStringLiteral("tomas@example.org");
        QVERIFY(CandidateRepository(*m_db).insert(candidate).ok());
        m_application = Application{};
        m_application.candidateId = candidate.id;
        m_application.openingId = opening.id;
        m_application.stage = PipelineStage::Interview;
        m_application.furthestStage = PipelineStage::Interview;
        m_application.notes = QStringLiteral("Asked about remote work.");
        QVERIFY(ApplicationRepository(*m_db).insert(m_application).ok());
    }

    void movingForwardAdvancesFurthestAndAudits() {
        PipelineWorkflow workflow(*m_db);
        auto moved = workflow.moveToStage(m_application.uuid, PipelineStage::Final, kActor, kNow);
        QVERIFY2(moved.ok(), qPrintable(moved.errorMessage()));
        QCOMPARE(stored().stage, PipelineStage::Final);
        QCOMPARE(stored().furthestStage, PipelineStage::Final);
        QCOMPARE(stored().updatedAt, kNow);

        const QList<AuditEntry> audit = auditOf(QStringLiteral("application"), m_application.uuid);
        // Two fields changed: stage and furthest stage.
        QCOMPARE(audit.size(), 2);
        QCOMPARE(audit[0].field, QStringLiteral("stage"));
        QCOMPARE(audit[0].oldValue, QStringLiteral("interview"));
        QCOMPARE(audit[0].newValue, QStringLiteral("final"));
        QCOMPARE(audit[0].actor, kActor);
        QCOMPARE(audit[0].occurredAt, kNow);
        QCOMPARE(audit[1].field, QStringLiteral("furthest_stage"));
    }

    void rejectingKeepsFurthest() {
        PipelineWorkflow workflow(*m_db);
        QVERIFY(workflow.moveToStage(m_application.uuid, PipelineStage::Final, kActor, kNow).ok());
        QVERIFY(
            workflow
                .moveToStage(m_application.uuid, PipelineStage::Rejected, kActor, kNow.addSecs(60))
                .ok());
        QCOMPARE(stored().stage, PipelineStage::Rejected);
        QCOMPARE(stored().furthestStage, PipelineStage::Final);
        // 2 entries for the first move, 1 (stage only) for the rejection.
        QCOMPARE(auditOf(QStringLiteral("application"), m_application.uuid).size(), 3);
    }

    void reverseChangeRestoresEveryTouchedField() {
        PipelineWorkflow workflow(*m_db);
        const Application before = stored();
        const ApplicationChange move = PipelineWorkflow::moveTo(before, PipelineStage::Offer);
        QVERIFY(workflow.change(m_application.uuid, move, kActor, kNow).ok());
        QCOMPARE(stored().furthestStage, PipelineStage::Offer);
        QVERIFY(workflow.change(m_application.uuid, move.reverseOn(before), kActor, kNow).ok());
        QCOMPARE(stored().stage, PipelineStage::Interview);
        QCOMPARE(stored().furthestStage, PipelineStage::Interview);
        QCOMPARE(stored().notes, before.notes);
    }

    void promisedDateAndNotesAreAudited() {
        PipelineWorkflow workflow(*m_db);
        ApplicationChange promise;
        promise.promisedResponseDate = QDate(2026, 11, 27);
        QVERIFY(workflow.change(m_application.uuid, promise, kActor, kNow).ok());
        QCOMPARE(stored().promisedResponseDate, QDate(2026, 11, 27));
        ApplicationChange clear;
        clear.promisedResponseDate = QDate();
        clear.notes = QStringLiteral("Prefers Tuesdays.");
        QVERIFY(workflow.change(m_application.uuid, clear, kActor, kNow).ok());
        QVERIFY(!stored().promisedResponseDate.isValid());
        QCOMPARE(stored().notes, QStringLiteral("Prefers Tuesdays."));

        const QList<AuditEntry> audit = auditOf(QStringLiteral("application"), m_application.uuid);
        QCOMPARE(audit.size(), 3); // set date; clear date + notes
        QCOMPARE(audit[0].newValue, QStringLiteral("2026-11-27"));
        QCOMPARE(audit[1].oldValue, QStringLiteral("2026-11-27"));
        QCOMPARE(audit[1].newValue, QString());
        QCOMPARE(audit[2].field, QStringLiteral("notes"));
        QCOMPARE(audit[2].oldValue, QStringLiteral("Asked about remote work."));
    }

    void unchangedValuesWriteNothing() {
        PipelineWorkflow workflow(*m_db);
        const Application before = stored();
        ApplicationChange same;
        same.notes = before.notes;
        same.stage = before.stage;
        QVERIFY(workflow.change(m_application.uuid, same, kActor, kNow).ok());
        QVERIFY(AuditRepository(*m_db).list()->isEmpty());
        QCOMPARE(stored(), before);
    }

    void unknownApplicationIsRefused() {
        auto refused = PipelineWorkflow(*m_db).moveToStage(QUuid::createUuid(),
                                                           PipelineStage::Final, kActor, kNow);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.errorMessage().contains(QStringLiteral("no longer exists")),
                 qPrintable(refused.errorMessage()));
    }

    void referenceLifecycleIsAudited() {
        PipelineWorkflow workflow(*m_db);
        Reference reference;
        reference.name = QStringLiteral("Mira Holt");
        reference.relation = QStringLiteral("Former manager");
        auto added = workflow.addReference(m_application.uuid, reference, kActor, kNow);
        QVERIFY2(added.ok(), qPrintable(added.errorMessage()));
        QCOMPARE(added->applicationId, m_application.id);
        QVERIFY(!added->uuid.isNull());

        Reference changed = *added;
        changed.summary = QStringLiteral("Reliable under pressure.");
        changed.concern = true;
        changed.contactedOn = QDate(2026, 11, 18);
        QVERIFY(workflow.updateReference(changed, kActor, kNow).ok());
        auto list = ReferenceRepository(*m_db).forApplication(m_application.id);
        QCOMPARE(list->size(), 1);
        QCOMPARE(list->at(0).summary, QStringLiteral("Reliable under pressure."));
        QVERIFY(list->at(0).concern);

        QVERIFY(workflow.removeReference(added->uuid, kActor, kNow).ok());
        QVERIFY(ReferenceRepository(*m_db).forApplication(m_application.id)->isEmpty());

        const QList<AuditEntry> audit = auditOf(QStringLiteral("reference"), added->uuid);
        // added; contacted_on, summary, concern; removed.
        QCOMPARE(audit.size(), 5);
        QCOMPARE(audit[0].field, QStringLiteral("added"));
        QCOMPARE(audit[0].newValue, QStringLiteral("Mira Holt"));
        QCOMPARE(audit[1].field, QStringLiteral("contacted_on"));
        QCOMPARE(audit[3].field, QStringLiteral("concern"));
        QCOMPARE(audit[3].newValue, QStringLiteral("true"));
        QCOMPARE(audit[4].field, QStringLiteral("removed"));
        QCOMPARE(audit[4].oldValue, QStringLiteral("Mira Holt"));

        // A redo puts the same reference back under its uuid.
        auto again = workflow.addReference(m_application.uuid, changed, kActor, kNow);
        QVERIFY(again.ok());
        QCOMPARE(again->uuid, added->uuid);
        QVERIFY(again->id != added->id);
    }

    void referenceNeedsANameAndWritesNothingWithout() {
        Reference nameless;
        nameless.relation = QStringLiteral("Colleague");
        auto refused =
            PipelineWorkflow(*m_db).addReference(m_application.uuid, nameless, kActor, kNow);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.errorMessage().startsWith(QStringLiteral("Name:")),
                 qPrintable(refused.errorMessage()));
        QVERIFY(ReferenceRepository(*m_db).forApplication(m_application.id)->isEmpty());
        QVERIFY(AuditRepository(*m_db).list()->isEmpty());
    }

    void pipelineRowIsReadAgain() {
        QVERIFY(PipelineWorkflow(*m_db)
                    .moveToStage(m_application.uuid, PipelineStage::Screen, kActor, kNow)
                    .ok());
        auto row = PipelineQuery(*m_db).row(m_application.id);
        QVERIFY(row.ok() && row->has_value());
        QCOMPARE((*row)->stage, PipelineStage::Screen);
        QCOMPARE((*row)->candidateName, QStringLiteral("Tomás Ruiz"));
        auto missing = PipelineQuery(*m_db).row(m_application.id + 1000);
        QVERIFY(missing.ok() && !missing->has_value());
    }
};

QTEST_GUILESS_MAIN(TestPipelineWorkflow)
#include "tst_pipelineworkflow.moc"
