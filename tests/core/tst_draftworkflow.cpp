#include "DraftingFixture.h"

#include "decision/DecisionWorkflow.h"
#include "drafting/DraftComparison.h"
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
        RejectionDraft again = edited;
        auto written = DraftWorkflow(*m_db).save(again, kActor, later);
        QVERIFY2(written, qPrintable(written.errorMessage()));
        QCOMPARE(again.updatedAt, later);
        QCOMPARE(again.createdAt, DraftingFixture::kNow);
        QCOMPARE(again.rowVersion, draft.rowVersion + 1);
        QVERIFY(again.body.startsWith(QStringLiteral("Dear")));

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
        QVERIFY(DraftWorkflow(*m_db).save(again, kActor, later.addSecs(60)));
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
        auto refused = DraftWorkflow(*m_db).markSent(zoe, CommunicationChannel::Email, false,
                                                     kActor, DraftingFixture::kNow);
        QVERIFY(!refused);
        QVERIFY2(refused.errorMessage().contains(QStringLiteral("held")) &&
                     refused.errorMessage().contains(QStringLiteral("Runner-up 1")),
                 qPrintable(refused.errorMessage()));
        // Nothing changed: still a draft, nothing logged, still on hold.
        QCOMPARE(RejectionDraftRepository(*m_db).get(zoe.id)->status, DraftStatus::Draft);
        QCOMPARE(logCount(m_zoe), logBefore);
        QVERIFY(application(m_zoe).onHold);

        auto confirmed = DraftWorkflow(*m_db).markSent(zoe, CommunicationChannel::Email, true,
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
        auto sent = DraftWorkflow(*m_db).markSent(miguel, CommunicationChannel::Phone, false,
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
        QVERIFY(DraftWorkflow(*m_db).markSent(draft, CommunicationChannel::Email, false, kActor,
                                              DraftingFixture::kNow));
        draft = *RejectionDraftRepository(*m_db).get(draft.id);
        auto twice = DraftWorkflow(*m_db).markSent(draft, CommunicationChannel::Email, true, kActor,
                                                   DraftingFixture::kNow);
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
        RejectionDraft unknown;
        unknown.id = 424242;
        auto missing = DraftWorkflow(*m_db).markSent(unknown, CommunicationChannel::Email, true,
                                                     kActor, DraftingFixture::kNow);
        QVERIFY(!missing);
        QVERIFY(missing.errorMessage().contains(QStringLiteral("424242")));
    }

    void aStaleSaveIsRefusedUntilMineIsKept() {
        // Two editors read the same draft; the first saves a new subject.
        const RejectionDraft read = saved(m_zoe);
        RejectionDraft theirs = read;
        theirs.subject = QStringLiteral("Their subject");
        QVERIFY(DraftWorkflow(*m_db).save(theirs, kActor, DraftingFixture::kNow.addSecs(60)));
        QCOMPARE(theirs.rowVersion, read.rowVersion + 1);
        const qsizetype audited = trailSize(read);

        // The second, still on the version it read, is refused with theirs.
        RejectionDraft mine = read;
        mine.body = QStringLiteral("Dear Zoë,\n\nMy own words.");
        auto refused = DraftWorkflow(*m_db).save(mine, kActor, DraftingFixture::kNow.addSecs(120));
        QVERIFY(!refused);
        QVERIFY(refused.isStale());
        QCOMPARE(refused.current(), theirs);
        QVERIFY2(refused.errorMessage().contains(QString::number(read.id)),
                 qPrintable(refused.errorMessage()));
        // Nothing of mine was written, nor audited.
        QCOMPARE(*RejectionDraftRepository(*m_db).get(read.id), theirs);
        QCOMPARE(trailSize(read), audited);
        QCOMPARE(mine.rowVersion, read.rowVersion); // still the version it read

        // Keep Mine: the same text, now based on the version stored.
        mine.rowVersion = refused.current().rowVersion;
        auto kept = DraftWorkflow(*m_db).save(mine, kActor, DraftingFixture::kNow.addSecs(180));
        QVERIFY2(kept, qPrintable(kept.errorMessage()));
        const RejectionDraft stored = *RejectionDraftRepository(*m_db).get(read.id);
        QCOMPARE(stored.body, mine.body);
        QCOMPARE(stored.subject, read.subject); // mine is all of mine
        QCOMPARE(stored.rowVersion, theirs.rowVersion + 1);
        QCOMPARE(stored, mine);
        QCOMPARE(trailSize(read), audited + 2); // subject and body back to mine
    }

    void aStaleSaveOfWhatIsStoredIsSilent() {
        const RejectionDraft read = saved(m_zoe);
        RejectionDraft theirs = read;
        theirs.body += QStringLiteral("\nP.S.");
        QVERIFY(DraftWorkflow(*m_db).save(theirs, kActor, DraftingFixture::kNow));
        // The same words from an older read: nothing to choose between.
        RejectionDraft mine = read;
        mine.body = theirs.body;
        auto same = DraftWorkflow(*m_db).save(mine, kActor, DraftingFixture::kNow.addSecs(60));
        QVERIFY2(same, qPrintable(same.errorMessage()));
        QCOMPARE(mine, theirs);
    }

    void markingAChangedDraftSentIsRefused() {
        QVERIFY(DecisionWorkflow(*m_db).offerAccepted(m_aoife, kActor, DraftingFixture::kNow));
        const RejectionDraft seen = saved(m_miguel);
        RejectionDraft theirs = seen;
        theirs.body = QStringLiteral("Changed elsewhere before it went out.");
        QVERIFY(DraftWorkflow(*m_db).save(theirs, kActor, DraftingFixture::kNow));
        const qint64 logBefore = logCount(m_miguel);
        const Application before = application(m_miguel);

        auto refused = DraftWorkflow(*m_db).markSent(seen, CommunicationChannel::Email, false,
                                                     kActor, DraftingFixture::kNow);
        QVERIFY(!refused);
        QVERIFY(refused.isStale());
        QCOMPARE(refused.current(), theirs);
        // Nothing went out: still a draft, nothing logged, the application as it was.
        QCOMPARE(*RejectionDraftRepository(*m_db).get(seen.id), theirs);
        QCOMPARE(logCount(m_miguel), logBefore);
        QCOMPARE(application(m_miguel), before);

        // Once the sender has seen the stored text, it goes out.
        auto sent = DraftWorkflow(*m_db).markSent(refused.current(), CommunicationChannel::Email,
                                                  false, kActor, DraftingFixture::kNow);
        QVERIFY2(sent, qPrintable(sent.errorMessage()));
        QCOMPARE(RejectionDraftRepository(*m_db).get(seen.id)->status, DraftStatus::Sent);
        QCOMPARE(logCount(m_miguel), logBefore + 1);
    }

    void theComparisonShowsTheWholeMessage() {
        RejectionDraft mine = saved(m_zoe);
        RejectionDraft theirs = mine;
        // Longer than any table cell would show on one line.
        theirs.body = QStringLiteral("A line of the message.\n").repeated(200);
        theirs.status = DraftStatus::Sent;
        theirs.sentChannel = QStringLiteral("phone");
        theirs.sentAt = DraftingFixture::kNow;
        const ComparedFields rows = DraftComparison::fields(mine, theirs);
        QCOMPARE(rows.size(), 4);
        QCOMPARE(rows.at(0).mine, QStringLiteral("English (en)"));
        QVERIFY(!rows.at(0).differs());
        QCOMPARE(rows.at(1).mine, mine.subject);
        QVERIFY(!rows.at(1).differs());
        QCOMPARE(rows.at(2).mine, mine.body);
        QCOMPARE(rows.at(2).theirs, theirs.body); // whole, 200 lines
        QVERIFY(rows.at(2).differs());
        QCOMPARE(rows.at(3).mine, QStringLiteral("Draft"));
        QVERIFY2(rows.at(3).theirs.startsWith(QStringLiteral("Sent on ")) &&
                     rows.at(3).theirs.endsWith(QStringLiteral(" by Phone")),
                 qPrintable(rows.at(3).theirs));
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
        return stored ? *draft : RejectionDraft{};
    }

    Application application(RowId id) {
        auto a = ApplicationRepository(*m_db).get(id);
        return a ? *a : Application{};
    }

    qsizetype trailSize(const RejectionDraft& draft) {
        auto trail =
            AuditRepository(*m_db).forEntity(QStringLiteral("rejection_draft"), draft.uuid);
        return trail ? trail->size() : -1;
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
