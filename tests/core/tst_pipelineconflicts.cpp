#include "TestDatabase.h"
#include "pipeline/ApplicationComparison.h"
#include "pipeline/PipelineWorkflow.h"
#include "pipeline/ReferenceComparison.h"
#include "storage/ApplicationRepository.h"
#include "storage/AuditRepository.h"
#include "storage/CandidateRepository.h"
#include "storage/Database.h"
#include "storage/OpeningRepository.h"
#include "storage/ReferenceRepository.h"

#include <QTemporaryDir>
#include <QTest>

using namespace debrief;

namespace {
const QDateTime kNow(QDate(2026, 11, 20), QTime(10, 15), Qt::UTC);
const QString kActor = QStringLiteral("Priya Raman");
const QString kOther = QStringLiteral("Sam Okafor");

/// The row with `field`'s words, or an empty one.
ComparedField rowOf(const ComparedFields& rows, const QString& field) {
    for (const ComparedField& row : rows) {
        if (row.field == field)
            return row;
    }
    return {};
}
} // namespace

/// Two people editing the same application or reference: the edit based on
/// the version read before the other saved is refused as stale with the
/// other's row, writes nothing, and can then be kept on the new version;
/// undo and redo of one's own edit is never refused.
class TestPipelineConflicts : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    Application m_application;

    Application storedApplication() { return *ApplicationRepository(*m_db).get(m_application.id); }
    Reference storedReference(RowId id) { return *ReferenceRepository(*m_db).get(id); }
    qsizetype auditCount(const QString& entity, const QUuid& uuid) {
        auto entries = AuditRepository(*m_db).forEntity(entity, uuid);
        return entries ? entries->size() : -1;
    }
    Reference addReference() {
        Reference reference;
        reference.name = QStringLiteral("Mira Holt");
        reference.summary = QStringLiteral("Reliable.");
        auto added =
            PipelineWorkflow(*m_db).addReference(m_application.uuid, reference, kActor, kNow);
        return added ? *added : Reference{};
    }

private slots:
    void init() {
        static int n = 0;
        auto db = test::TestDatabase::open(m_dir.filePath(QStringLiteral("pc%1.sqlite").arg(++n)));
        QVERIFY2(db.ok(), qPrintable(db.errorMessage()));
        m_db = std::move(db.value());
        Opening opening;
        opening.title = QStringLiteral("Support Lead");
        QVERIFY(OpeningRepository(*m_db).insert(opening).ok());
        Candidate candidate;
        candidate.fullName = QStringLiteral("Tomás Ruiz");
        QVERIFY(CandidateRepository(*m_db).insert(candidate).ok());
        m_application = Application{};
        m_application.candidateId = candidate.id;
        m_application.openingId = opening.id;
        m_application.stage = PipelineStage::Interview;
        m_application.furthestStage = PipelineStage::Interview;
        m_application.notes = QStringLiteral("Asked about remote work.");
        QVERIFY(ApplicationRepository(*m_db).insert(m_application).ok());
    }

    void staleReferenceEditIsRefusedThenKept() {
        const Reference added = addReference();
        QVERIFY(!added.uuid.isNull());
        Reference theirs = storedReference(added.id); // two dialogs read it
        Reference mine = storedReference(added.id);
        PipelineWorkflow workflow(*m_db);

        theirs.summary = QStringLiteral("Reliable under pressure.");
        QVERIFY(workflow.updateReference(theirs, kOther, kNow).ok());
        QCOMPARE(theirs.rowVersion, added.rowVersion + 1); // the version written
        const qsizetype audited = auditCount(QStringLiteral("reference"), added.uuid);

        mine.summary = QStringLiteral("Late twice a week.");
        mine.concern = true;
        auto refused = workflow.updateReference(mine, kActor, kNow);
        QVERIFY(!refused.ok());
        QVERIFY(refused.isStale());
        QCOMPARE(refused.current().summary, theirs.summary);
        QCOMPARE(refused.current().rowVersion, theirs.rowVersion);
        // Nothing of mine written: the row and the audit log as they were.
        QCOMPARE(storedReference(added.id), refused.current());
        QVERIFY(!storedReference(added.id).concern);
        QCOMPARE(auditCount(QStringLiteral("reference"), added.uuid), audited);

        const ComparedFields rows = ReferenceComparison::fields(mine, refused.current());
        QCOMPARE(rows.size(), 6);
        const ComparedField summary = rowOf(rows, QStringLiteral("Summary"));
        QCOMPARE(summary.mine, QStringLiteral("Late twice a week."));
        QCOMPARE(summary.theirs, QStringLiteral("Reliable under pressure."));
        QVERIFY(!rowOf(rows, QStringLiteral("Name")).differs());
        QVERIFY(rowOf(rows, QStringLiteral("Concern")).differs());

        // Keep Mine: the same values on the version stored now.
        mine.rowVersion = refused.current().rowVersion;
        auto kept = workflow.updateReference(mine, kActor, kNow);
        QVERIFY2(kept.ok(), qPrintable(kept.errorMessage()));
        QCOMPARE(storedReference(added.id).summary, QStringLiteral("Late twice a week."));
        QVERIFY(storedReference(added.id).concern);
        QCOMPARE(mine.rowVersion, theirs.rowVersion + 1);
        // summary and concern
        QCOMPARE(auditCount(QStringLiteral("reference"), added.uuid), audited + 2);
    }

    void undoingOnesOwnReferenceEditIsNeverStale() {
        const Reference before = addReference();
        PipelineWorkflow workflow(*m_db);
        Reference after = before;
        after.summary = QStringLiteral("Changed once.");
        QVERIFY(workflow.updateReference(after, kActor, kNow).ok());
        // Undo: put `before` back where `after` is still stored, although
        // the version moved on with the edit itself.
        QVERIFY(workflow.restoreReference(after, before, kActor, kNow).ok());
        QCOMPARE(storedReference(before.id).summary, QStringLiteral("Reliable."));
        // Redo, then someone else edits; undoing now would drop their words.
        QVERIFY(workflow.restoreReference(before, after, kActor, kNow).ok());
        Reference other = storedReference(before.id);
        other.summary = QStringLiteral("Someone else's words.");
        QVERIFY(workflow.updateReference(other, kOther, kNow).ok());
        auto refused = workflow.restoreReference(after, before, kActor, kNow);
        QVERIFY(refused.isStale());
        QCOMPARE(refused.current().summary, QStringLiteral("Someone else's words."));
        QCOMPARE(storedReference(before.id).summary, QStringLiteral("Someone else's words."));
    }

    void staleApplicationChangeIsRefusedThenKept() {
        PipelineWorkflow workflow(*m_db);
        const int read = storedApplication().rowVersion; // both editors read this

        ApplicationChange theirs;
        theirs.notes = QStringLiteral("Prefers an answer by Friday.");
        QVERIFY(workflow.change(m_application.uuid, theirs, read, kOther, kNow).ok());
        const Application afterTheirs = storedApplication();
        QCOMPARE(afterTheirs.rowVersion, read + 1);
        const qsizetype audited = auditCount(QStringLiteral("application"), m_application.uuid);

        // Mine names only the promised date, yet the row moved on: refused.
        ApplicationChange mine;
        mine.promisedResponseDate = QDate(2026, 11, 27);
        auto refused = workflow.change(m_application.uuid, mine, read, kActor, kNow);
        QVERIFY(refused.isStale());
        QCOMPARE(refused.current(), afterTheirs);
        QCOMPARE(storedApplication(), afterTheirs);
        QCOMPARE(auditCount(QStringLiteral("application"), m_application.uuid), audited);

        // What keeping mine would store: their notes, my date.
        const ComparedFields rows = ApplicationComparison::fields(mine, refused.current());
        QCOMPARE(rows.size(), 5);
        QVERIFY(rowOf(rows, QStringLiteral("Answer promised")).differs());
        QCOMPARE(rowOf(rows, QStringLiteral("Answer promised")).theirs,
                 QStringLiteral("none promised"));
        QCOMPARE(rowOf(rows, QStringLiteral("Notes")).mine, theirs.notes.value());
        QVERIFY(!rowOf(rows, QStringLiteral("Stage")).differs());

        Application written;
        auto kept = workflow.change(m_application.uuid, mine, refused.current().rowVersion, kActor,
                                    kNow, &written);
        QVERIFY2(kept.ok(), qPrintable(kept.errorMessage()));
        const Application stored = storedApplication();
        QCOMPARE(stored.promisedResponseDate, QDate(2026, 11, 27));
        QCOMPARE(stored.notes, theirs.notes.value());
        QCOMPARE(stored.rowVersion, read + 2);
        QCOMPARE(written.rowVersion, stored.rowVersion);
        QCOMPARE(auditCount(QStringLiteral("application"), m_application.uuid), audited + 1);
    }

    void undoingOnesOwnApplicationChangeIsNeverStale() {
        PipelineWorkflow workflow(*m_db);
        const Application before = storedApplication();
        const ApplicationChange after = PipelineWorkflow::moveTo(before, PipelineStage::Final);
        const ApplicationChange reverse = after.reverseOn(before);
        QVERIFY(workflow.change(m_application.uuid, after, before.rowVersion, kActor, kNow).ok());
        QVERIFY(workflow.restore(m_application.uuid, after, reverse, kActor, kNow).ok());
        QCOMPARE(storedApplication().stage, PipelineStage::Interview);
        QVERIFY(workflow.restore(m_application.uuid, reverse, after, kActor, kNow).ok());
        QCOMPARE(storedApplication().stage, PipelineStage::Final);

        // A change of another field by someone else does not block the undo.
        ApplicationChange notes;
        notes.notes = QStringLiteral("Other notes.");
        QVERIFY(workflow.change(m_application.uuid, notes, kActor, kNow).ok());
        QVERIFY(workflow.restore(m_application.uuid, after, reverse, kActor, kNow).ok());
        QCOMPARE(storedApplication().stage, PipelineStage::Interview);
        QCOMPARE(storedApplication().notes, QStringLiteral("Other notes."));

        // A stage moved by someone else does: the undo would drop their move.
        QVERIFY(workflow.moveToStage(m_application.uuid, PipelineStage::Rejected, kOther, kNow));
        auto refused = workflow.restore(m_application.uuid, reverse, after, kActor, kNow);
        QVERIFY(refused.isStale());
        QCOMPARE(refused.current().stage, PipelineStage::Rejected);
        QCOMPARE(storedApplication().stage, PipelineStage::Rejected);
    }
};

QTEST_GUILESS_MAIN(TestPipelineConflicts)
#include "tst_pipelineconflicts.moc"
