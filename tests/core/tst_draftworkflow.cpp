#include "DraftingFixture.h"

#include "decision/DecisionWorkflow.h"
#include "drafting/DraftComposer.h"
#include "drafting/DraftWorkflow.h"
#include "drafting/RejectionQueue.h"
#include "storage/ApplicationRepository.h"
#include "storage/AuditRepository.h"
#include "storage/CommunicationRepository.h"
#include "storage/RejectionDraftRepository.h"

#include <QTemporaryDir>
#include <QTest>

using namespace debrief;
using debrief::test::DraftingFixture;

namespace {

const QString kActor = QStringLiteral("priya");
const QString kZoe = QString::fromUtf8("Zoë Brandt");
const QString kMiguel = QString::fromUtf8("Miguel Ángel Ortega");
const QString kAoife = QString::fromUtf8("Aoife Ní Bhriain");

} // namespace

/// DraftWorkflow on the demo's debrief opening after its decision: the
/// runners-up's drafts are held until the chosen candidate accepts, sending
/// one anyway takes a confirmation, and sending logs and closes.
class TestDraftWorkflow : public QObject {
    Q_OBJECT

private slots:
    void init() {
        QString error;
        m_db = DraftingFixture::demo(m_dir.filePath(QStringLiteral("w%1.sqlite").arg(++m_files)),
                                     &error);
        QVERIFY2(m_db, qPrintable(error));
        auto recorded =
            DecisionWorkflow(*m_db).record(DraftingFixture::debriefDecision(*m_db, true), kActor);
        QVERIFY2(recorded, qPrintable(recorded.errorMessage()));
        m_zoe = DraftingFixture::applicationOf(*m_db, kZoe);
        m_miguel = DraftingFixture::applicationOf(*m_db, kMiguel);
        m_aoife = DraftingFixture::applicationOf(*m_db, kAoife);
        m_opening = DraftingFixture::openingOf(*m_db, m_zoe);
    }

    void saveStoresAndAuditsEdits() {
        RejectionDraft draft = saved(m_zoe);
        QVERIFY(draft.id != kNoRow);
        QCOMPARE(draft.createdAt, DraftingFixture::kNow);
        QCOMPARE(draft.updatedAt, DraftingFixture::kNow);
        auto stored = RejectionDraftRepository(*m_db).get(draft.id);
        QVERIFY(stored);
        QCOMPARE(*stored, draft);

        RejectionDraft edited = draft;
        edited.body.replace(QStringLiteral("Hello"), QStringLiteral("Dear"));
        const QDateTime later = DraftingFixture::kNow.addSecs(600);
        auto again = DraftWorkflow(*m_db).save(edited, kActor, later);
        QVERIFY2(again, qPrintable(again.errorMessage()));
        QCOMPARE(again->updatedAt, later);
        QCOMPARE(again->createdAt, DraftingFixture::kNow);
        QVERIFY(again->body.startsWith(QStringLiteral("Dear")));

        auto trail =
            AuditRepository(*m_db).forEntity(QStringLiteral("rejection_draft"), draft.uuid);
        QVERIFY(trail);
        QCOMPARE(trail->size(), 2);
        QCOMPARE(trail->at(0).field, QStringLiteral("created"));
        QCOMPARE(trail->at(1).field, QStringLiteral("body"));
        QCOMPARE(trail->at(1).oldValue, draft.body);
        QCOMPARE(trail->at(1).newValue, edited.body);
        QCOMPARE(trail->at(1).actor, kActor);

        // Saving the same text again changes and audits nothing.
        QVERIFY(DraftWorkflow(*m_db).save(*again, kActor, later.addSecs(60)));
        QCOMPARE(
            AuditRepository(*m_db).forEntity(QStringLiteral("rejection_draft"), draft.uuid)->size(),
            2);
    }

    void runnersUpAreHeldUntilTheOfferIsAccepted() {
        const RejectionDraft zoe = saved(m_zoe);
        const RejectionDraft miguel = saved(m_miguel);
        DraftWorkflow workflow(*m_db);
        QVERIFY(workflow.isHeld(zoe));
        QVERIFY(workflow.isHeld(miguel));
        QCOMPARE(drafted(DraftGroup::Held), (QList<RowId>{m_zoe, m_miguel}));
        QVERIFY(drafted(DraftGroup::Ready).isEmpty());
        QVERIFY(drafted(DraftGroup::Sent).isEmpty());

        QVERIFY(DecisionWorkflow(*m_db).offerAccepted(m_aoife, kActor, DraftingFixture::kNow));
        QVERIFY(!workflow.isHeld(zoe));
        QVERIFY(drafted(DraftGroup::Held).isEmpty());
        QCOMPARE(drafted(DraftGroup::Ready), (QList<RowId>{m_zoe, m_miguel}));
    }

    void markSentRefusesAHeldDraftWithoutConfirmation() {
        const RejectionDraft zoe = saved(m_zoe);
        const qint64 logBefore = logCount(m_zoe);
        auto refused = DraftWorkflow(*m_db).markSent(zoe.id, CommunicationChannel::Email, false,
                                                     kActor, DraftingFixture::kNow);
        QVERIFY(!refused);
        QVERIFY2(refused.errorMessage().contains(QStringLiteral("held")) &&
                     refused.errorMessage().contains(QStringLiteral("Runner-up 1")),
                 qPrintable(refused.errorMessage()));
        // Nothing changed: still a draft, nothing logged, still on hold.
        QCOMPARE(RejectionDraftRepository(*m_db).get(zoe.id)->status, DraftStatus::Draft);
        QCOMPARE(logCount(m_zoe), logBefore);
        QVERIFY(application(m_zoe).onHold);

        auto confirmed = DraftWorkflow(*m_db).markSent(zoe.id, CommunicationChannel::Email, true,
                                                       kActor, DraftingFixture::kNow);
        QVERIFY2(confirmed, qPrintable(confirmed.errorMessage()));
        const RejectionDraft sent = *RejectionDraftRepository(*m_db).get(zoe.id);
        QCOMPARE(sent.status, DraftStatus::Sent);
        QCOMPARE(sent.sentAt, DraftingFixture::kNow);
        QCOMPARE(sent.sentChannel, QStringLiteral("email"));
        QVERIFY(!DraftWorkflow(*m_db).isHeld(sent));
    }

    void markSentLogsAnswersAndCloses() {
        QVERIFY(DecisionWorkflow(*m_db).offerAccepted(m_aoife, kActor, DraftingFixture::kNow));
        const Application before = application(m_miguel);
        QVERIFY(before.promisedResponseDate.isValid());
        QCOMPARE(before.stage, PipelineStage::Final);
        const RejectionDraft miguel = saved(m_miguel);
        const qint64 logBefore = logCount(m_miguel);
        auto sent = DraftWorkflow(*m_db).markSent(miguel.id, CommunicationChannel::Phone, false,
                                                  kActor, DraftingFixture::kNow);
        QVERIFY2(sent, qPrintable(sent.errorMessage()));

        auto log = CommunicationRepository(*m_db).forApplication(m_miguel);
        QVERIFY(log);
        QCOMPARE(log->size(), logBefore + 1);
        const CommunicationEntry& entry = log->last();
        QCOMPARE(entry.channel, CommunicationChannel::Phone);
        QCOMPARE(entry.direction, CommunicationDirection::Outbound);
        QCOMPARE(entry.occurredAt, DraftingFixture::kNow);
        QCOMPARE(entry.summary, DraftWorkflow::sentSummary(miguel));
        QVERIFY(entry.summary.contains(miguel.subject));
        QVERIFY(!entry.summary.contains(QStringLiteral("Miguel")));

        const Application after = application(m_miguel);
        QCOMPARE(after.stage, PipelineStage::Rejected);
        QCOMPARE(after.furthestStage, PipelineStage::Final);
        QVERIFY(!after.promisedResponseDate.isValid());
        QVERIFY(!after.onHold);
        auto trail = AuditRepository(*m_db).forEntity(QStringLiteral("application"), after.uuid);
        QVERIFY(trail);
        QVERIFY(std::any_of(trail->begin(), trail->end(), [](const AuditEntry& e) {
            return e.field == QStringLiteral("stage") && e.newValue == QStringLiteral("rejected");
        }));

        QCOMPARE(drafted(DraftGroup::Sent), QList<RowId>{m_miguel});
    }

    void aSentDraftNeverChanges() {
        QVERIFY(DecisionWorkflow(*m_db).offerAccepted(m_aoife, kActor, DraftingFixture::kNow));
        RejectionDraft draft = saved(m_zoe);
        QVERIFY(DraftWorkflow(*m_db).markSent(draft.id, CommunicationChannel::Email, false, kActor,
                                              DraftingFixture::kNow));
        auto twice = DraftWorkflow(*m_db).markSent(draft.id, CommunicationChannel::Email, true,
                                                   kActor, DraftingFixture::kNow);
        QVERIFY(!twice);
        QVERIFY(twice.errorMessage().contains(QStringLiteral("already sent")));
        draft.body = QStringLiteral("changed after the fact");
        auto edited = DraftWorkflow(*m_db).save(draft, kActor, DraftingFixture::kNow);
        QVERIFY(!edited);
        QVERIFY(edited.errorMessage().contains(QStringLiteral("already sent")));
        QVERIFY(RejectionDraftRepository(*m_db).get(draft.id)->body != draft.body);
        // A new draft cannot claim to be sent.
        RejectionDraft fake = saved(m_miguel);
        fake.id = kNoRow;
        fake.uuid = QUuid();
        fake.status = DraftStatus::Sent;
        QVERIFY(!DraftWorkflow(*m_db).save(fake, kActor, DraftingFixture::kNow));
    }

    void unknownDraftIsAnError() {
        auto missing = DraftWorkflow(*m_db).markSent(424242, CommunicationChannel::Email, true,
                                                     kActor, DraftingFixture::kNow);
        QVERIFY(!missing);
        QVERIFY(missing.errorMessage().contains(QStringLiteral("424242")));
    }

private:
    RejectionDraft saved(RowId applicationId) {
        auto draft =
            DraftComposer(*m_db).compose(applicationId, QStringLiteral("en"),
                                         DraftingFixture::kToday, DraftingFixture::composer(*m_db));
        if (!draft)
            qWarning("%s", qPrintable(draft.errorMessage()));
        auto stored = DraftWorkflow(*m_db).save(*draft, kActor, DraftingFixture::kNow);
        if (!stored)
            qWarning("%s", qPrintable(stored.errorMessage()));
        return stored ? *stored : RejectionDraft{};
    }

    Application application(RowId id) {
        auto a = ApplicationRepository(*m_db).get(id);
        return a ? *a : Application{};
    }

    qint64 logCount(RowId applicationId) {
        return DraftingFixture::scalar(
                   *m_db,
                   QStringLiteral("SELECT COUNT(*) FROM communications WHERE application_id = ?"),
                   {applicationId})
            .toLongLong();
    }

    /// The applications of `group` in RejectionQueue that have a draft.
    QList<RowId> drafted(DraftGroup group) {
        auto queue = RejectionQueue::load(*m_db, m_opening);
        if (!queue)
            qWarning("%s", qPrintable(queue.errorMessage()));
        QList<RowId> out;
        for (const DraftCandidate& c : queue ? *queue : QList<DraftCandidate>{}) {
            if (c.group == group && c.draft)
                out.append(c.application.id);
        }
        std::sort(out.begin(), out.end());
        return out;
    }

    QTemporaryDir m_dir;
    int m_files = 0;
    std::unique_ptr<Database> m_db;
    RowId m_zoe = kNoRow;
    RowId m_miguel = kNoRow;
    RowId m_aoife = kNoRow;
    RowId m_opening = kNoRow;
};

QTEST_GUILESS_MAIN(TestDraftWorkflow)
#include "tst_draftworkflow.moc"
