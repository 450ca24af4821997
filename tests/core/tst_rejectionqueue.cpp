#include "EmptyOpening.h"

#include "correspondence/CommunicationLog.h"
#include "decision/DecisionWorkflow.h"
#include "drafting/DraftBatchExport.h"
#include "drafting/DraftComposer.h"
#include "drafting/DraftToneCheck.h"
#include "drafting/DraftWorkflow.h"
#include "drafting/RejectionQueue.h"
#include "scoring/ScoreViewer.h"
#include "storage/ApplicationRepository.h"
#include "storage/CommunicationRepository.h"
#include "storage/RejectionDraftRepository.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace debrief;
using debrief::test::EmptyOpening;

namespace {

const QString kActor = QStringLiteral("Priya Raman");

} // namespace

/// RejectionQueue, the offer letter, the tone findings sent anyway and
/// DraftBatchExport on a panel's own opening built from an empty database
/// (EmptyOpening), after the lead recorded: Ana chosen, Ben runner-up, and
/// so Chloé (finalist), Dev and Eve rejected.
class TestRejectionQueue : public QObject {
    Q_OBJECT

private slots:
    void init() {
        QString error;
        m_o = EmptyOpening::build(m_dir.filePath(QStringLiteral("q%1.sqlite").arg(++m_files)),
                                  &error);
        QVERIFY2(m_o.db, qPrintable(error));
        auto recorded = DecisionWorkflow(*m_o.db).record(m_o.decision(), kActor);
        QVERIFY2(recorded, qPrintable(recorded.errorMessage()));
    }

    void everyoneRejectedIsReadyAndTheRunnerUpHeld() {
        QCOMPARE(group(DraftGroup::Ready), (QList<RowId>{m_o.chloe, m_o.dev, m_o.eve}));
        QCOMPARE(group(DraftGroup::Held), QList<RowId>{m_o.ben});
        QCOMPARE(group(DraftGroup::Offer), QList<RowId>{m_o.ana});
        QVERIFY(group(DraftGroup::Sent).isEmpty());
        auto names = RejectionQueue::pendingOfferNames(*m_o.db, m_o.openingId);
        QVERIFY(names);
        QCOMPARE(*names, QStringList{QStringLiteral("Ana Lima")});

        // Eve's rejection goes out; the offer is accepted: Ben is Ready.
        const RejectionDraft eve = stored(m_o.eve);
        QVERIFY(DraftWorkflow(*m_o.db).markSent(eve, CommunicationChannel::Email, false, kActor,
                                                EmptyOpening::kNow));
        QVERIFY(DecisionWorkflow(*m_o.db).offerAccepted(m_o.ana, kActor, EmptyOpening::kNow));
        QCOMPARE(group(DraftGroup::Sent), QList<RowId>{m_o.eve});
        QCOMPARE(group(DraftGroup::Ready), (QList<RowId>{m_o.ben, m_o.chloe, m_o.dev}));
        QVERIFY(group(DraftGroup::Held).isEmpty());
        QVERIFY(group(DraftGroup::Offer).isEmpty()); // hired: no letter pending
    }

    void thePromotedRunnerUpGetsAnOfferLetter() {
        QVERIFY(DecisionWorkflow(*m_o.db).offerDeclined(
            m_o.ana, QStringLiteral("Took another offer."), m_o.lead, kActor, EmptyOpening::kNow));
        QCOMPARE(group(DraftGroup::Offer), QList<RowId>{m_o.ben});
        // Ana withdrew: not a recipient of a rejection.
        const QList<DraftCandidate> queue = all();
        QVERIFY(std::none_of(queue.begin(), queue.end(),
                             [&](const DraftCandidate& c) { return c.application.id == m_o.ana; }));
        auto context = DraftComposer(*m_o.db).context(
            m_o.ben, QStringLiteral("en"), EmptyOpening::kToday, ScoreViewer::panelist(m_o.lead));
        QVERIFY(context);
        QCOMPARE(context->stage, TemplateStage::Offer);
        QCOMPARE(context->sender.name, QStringLiteral("Priya Raman")); // the hiring manager
        auto letter = DraftComposer(*m_o.db).compose(*context);
        QVERIFY(letter);
        QVERIFY2(letter->subject.contains(QStringLiteral("we would like to make you an offer")),
                 qPrintable(letter->subject));
        QVERIFY2(letter->body.startsWith(QStringLiteral("Hello Ben,")), qPrintable(letter->body));
        QVERIFY(DraftToneCheck::check(*context, letter->body)->isEmpty());

        // Sending the offer logs it and leaves Ben at Offer.
        QVERIFY(DraftWorkflow(*m_o.db).save(*letter, kActor, EmptyOpening::kNow));
        QVERIFY(DraftWorkflow(*m_o.db).markSent(*letter, CommunicationChannel::Email, false, kActor,
                                                EmptyOpening::kNow));
        QCOMPARE(application(m_o.ben).stage, PipelineStage::Offer);
        QVERIFY2(lastSummary(m_o.ben).startsWith(QStringLiteral("Sent the offer")),
                 qPrintable(lastSummary(m_o.ben)));
    }

    void findingsSentAnywayAreLogged() {
        RejectionDraft dev = stored(m_o.dev);
        dev.body += QStringLiteral("\n\nYou were simply not the right fit for us.");
        QVERIFY(DraftWorkflow(*m_o.db).save(dev, kActor, EmptyOpening::kNow));
        auto context = DraftComposer(*m_o.db).context(
            m_o.dev, QStringLiteral("en"), EmptyOpening::kToday, ScoreViewer::panelist(m_o.lead));
        QVERIFY(context);
        auto found = DraftToneCheck::check(*context, dev.body);
        QVERIFY(found && !found->isEmpty());
        const QStringList names = DraftToneCheck::categoryNames(*found);
        QVERIFY(DraftWorkflow(*m_o.db).markSent(dev, CommunicationChannel::Email, false, kActor,
                                                EmptyOpening::kNow, names));
        const QString summary = lastSummary(m_o.dev);
        QVERIFY2(
            summary.contains(QStringLiteral("Sent with %1 open tone finding").arg(names.size())),
            qPrintable(summary));
        QVERIFY2(summary.contains(names.first()), qPrintable(summary));
        // Without findings, nothing is added.
        const RejectionDraft eve = stored(m_o.eve);
        QVERIFY(DraftWorkflow(*m_o.db).markSent(eve, CommunicationChannel::Email, false, kActor,
                                                EmptyOpening::kNow));
        QVERIFY(!lastSummary(m_o.eve).contains(QStringLiteral("tone finding")));
    }

    void batchLeavesOutDraftsWithFindingsUnlessAllowed() {
        RejectionDraft dev = stored(m_o.dev);
        dev.body += QStringLiteral("\n\nYou were simply not the right fit for us.");
        QVERIFY(DraftWorkflow(*m_o.db).save(dev, kActor, EmptyOpening::kNow));
        const QString folder = m_dir.filePath(QStringLiteral("batch%1").arg(m_files));
        QList<std::pair<int, int>> steps;
        DraftBatchExport strict(*m_o.db, kActor, {}, EmptyOpening::kNow);
        const DraftBatchOutcome first = strict.run(m_o.openingId, folder, [&](int done, int total) {
            steps.append({done, total});
            return true;
        });
        QVERIFY2(first.problems.isEmpty(), qPrintable(first.problems.join(u'\n')));
        QCOMPARE(first.writtenApplications, (QList<RowId>{m_o.chloe, m_o.eve}));
        QCOMPARE(first.heldSkipped, 1);
        QCOMPARE(first.withFindings.size(), 1);
        QVERIFY(
            first.withFindings.first().startsWith(QStringLiteral("Application %1: ").arg(m_o.dev)));
        QCOMPARE(steps, (QList<std::pair<int, int>>{{0, 3}, {1, 3}, {2, 3}, {3, 3}}));
        for (const QString& path : first.written) {
            QVERIFY(QFileInfo(path).isFile());
            QCOMPARE(QFileInfo(path).dir().absolutePath(), QDir(folder).absolutePath());
        }
        QVERIFY(!lastSummary(m_o.dev).contains(QStringLiteral(".eml")));

        DraftBatchOptions allow;
        allow.allowFindings = true;
        const DraftBatchOutcome second =
            DraftBatchExport(*m_o.db, kActor, allow, EmptyOpening::kNow).run(m_o.openingId, folder);
        QCOMPARE(second.writtenApplications, (QList<RowId>{m_o.chloe, m_o.dev, m_o.eve}));
        QVERIFY(second.withFindings.isEmpty());
        QVERIFY2(lastSummary(m_o.dev).contains(QStringLiteral("Sent with 1 open tone finding")),
                 qPrintable(lastSummary(m_o.dev)));

        // Cancelled before the first file: nothing written.
        const DraftBatchOutcome cancelled =
            DraftBatchExport(*m_o.db, kActor, {}, EmptyOpening::kNow)
                .run(m_o.openingId, folder + QStringLiteral("-c"), [](int, int) { return false; });
        QVERIFY(cancelled.cancelled);
        QVERIFY(cancelled.written.isEmpty());
    }

private:
    QList<DraftCandidate> all() {
        auto queue = RejectionQueue::load(*m_o.db, m_o.openingId);
        if (!queue)
            qWarning("%s", qPrintable(queue.errorMessage()));
        return queue ? *queue : QList<DraftCandidate>{};
    }

    QList<RowId> group(DraftGroup g) {
        QList<RowId> ids;
        for (const DraftCandidate& c : all()) {
            if (c.group == g)
                ids.append(c.application.id);
        }
        std::sort(ids.begin(), ids.end());
        return ids;
    }

    /// A stored draft for `applicationId`, composed in English.
    RejectionDraft stored(RowId applicationId) {
        auto composed =
            DraftComposer(*m_o.db).compose(applicationId, QStringLiteral("en"),
                                           EmptyOpening::kToday, ScoreViewer::panelist(m_o.lead));
        if (!composed)
            qWarning("%s", qPrintable(composed.errorMessage()));
        auto saved = DraftWorkflow(*m_o.db).save(*composed, kActor, EmptyOpening::kNow);
        return saved ? *composed : RejectionDraft{};
    }

    Application application(RowId id) {
        auto found = ApplicationRepository(*m_o.db).get(id);
        return found ? *found : Application{};
    }

    QString lastSummary(RowId applicationId) {
        auto entries = CommunicationRepository(*m_o.db).forApplication(applicationId);
        return entries && !entries->isEmpty() ? entries->constLast().summary : QString();
    }

    QTemporaryDir m_dir;
    int m_files = 0;
    EmptyOpening m_o;
};

QTEST_GUILESS_MAIN(TestRejectionQueue)
#include "tst_rejectionqueue.moc"
