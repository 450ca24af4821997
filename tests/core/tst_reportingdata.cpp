#include "TestDatabase.h"
#include "demo/DemoDataGenerator.h"
#include "pipeline/PipelineWorkflow.h"
#include "reporting/CalibrationReportData.h"
#include "reporting/CandidatePacketData.h"
#include "reporting/ComparisonReportData.h"
#include "reporting/OpeningSummaryData.h"
#include "reporting/PromiseCheck.h"
#include "reporting/StageTimeline.h"
#include "scoring/ScoreViewer.h"
#include "storage/ApplicationRepository.h"
#include "storage/CandidateRepository.h"
#include "storage/CommunicationRepository.h"
#include "storage/Database.h"
#include "storage/OpeningRepository.h"
#include "storage/PanelistRepository.h"
#include "storage/RubricRepository.h"
#include "storage/ScorecardRepository.h"

#include <QTemporaryDir>
#include <QTest>

using namespace debrief;

namespace {

QDateTime at(int month, int day, int hour = 10) {
    return QDateTime(QDate(2026, month, day), QTime(hour, 0), Qt::UTC);
}

AuditEntry stageChange(const char* from, const char* to, const QDateTime& when) {
    AuditEntry entry = AuditEntry::change(QStringLiteral("application"), QStringLiteral("stage"),
                                          QString::fromLatin1(from), QString::fromLatin1(to));
    entry.occurredAt = when;
    return entry;
}

CommunicationEntry message(const QDateTime& when, CommunicationDirection direction,
                           const QDate& promised = {}) {
    CommunicationEntry entry;
    entry.occurredAt = when;
    entry.direction = direction;
    entry.nextPromisedDate = promised;
    return entry;
}

} // namespace

/// The data behind the PDF reports (lib/core/reporting): time in stage from
/// the audit log, promised dates kept or missed, the summary of a small
/// hand-built opening (every figure worked out by hand in the comments), and
/// the packet, comparison and calibration data on the demo database.
class TestReportingData : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static constexpr auto Out = CommunicationDirection::Outbound;
    static constexpr auto In = CommunicationDirection::Inbound;

private slots:
    void timelineWithoutHistory() {
        Application applied;
        applied.stage = PipelineStage::Applied;
        applied.appliedOn = QDate(2026, 11, 1);
        const QList<StageStay> stays = StageTimeline::of(applied, {});
        QCOMPARE(stays.size(), 1);
        QCOMPARE(stays[0].enteredOn, QDate(2026, 11, 1));
        QVERIFY(stays[0].isCurrent());
        QCOMPARE(stays[0].days(QDate(2026, 11, 11)), std::optional<qint64>(10));

        // A finalist with no recorded moves: when Final began is unknown.
        Application finalist = applied;
        finalist.stage = PipelineStage::Final;
        const QList<StageStay> unknown = StageTimeline::of(finalist, {});
        QCOMPARE(unknown.size(), 1);
        QCOMPARE(unknown[0].stage, PipelineStage::Final);
        QCOMPARE(unknown[0].days(QDate(2026, 11, 11)), std::nullopt);
    }

    void timelineFromAuditLog() {
        Application a;
        a.stage = PipelineStage::Interview;
        a.appliedOn = QDate(2026, 11, 1);
        AuditEntry notes = AuditEntry::change(QStringLiteral("application"),
                                              QStringLiteral("notes"), {}, QStringLiteral("x"));
        notes.occurredAt = at(11, 3);
        // Given out of order on purpose: the timeline sorts by time.
        const QList<StageStay> stays =
            StageTimeline::of(a, {stageChange("screen", "interview", at(11, 12)), notes,
                                  stageChange("applied", "screen", at(11, 5))});
        QCOMPARE(stays.size(), 3);
        // Applied 1–5 Nov: 4 days; Screen 5–12 Nov: 7 days; Interview since 12 Nov.
        QCOMPARE(stays[0].stage, PipelineStage::Applied);
        QCOMPARE(stays[0].days({}), std::optional<qint64>(4));
        QCOMPARE(stays[1].stage, PipelineStage::Screen);
        QCOMPARE(stays[1].days({}), std::optional<qint64>(7));
        QCOMPARE(stays[2].stage, PipelineStage::Interview);
        QVERIFY(stays[2].isCurrent());
        QCOMPARE(stays[2].days(QDate(2026, 11, 20)), std::optional<qint64>(8));
    }

    void promisesKeptMissedAndPending() {
        Application a;
        a.appliedOn = QDate(2026, 11, 1);
        const QList<CommunicationEntry> log{
            message(at(11, 2), Out, QDate(2026, 11, 9)),   // kept by the 6 Nov message
            message(at(11, 4), In),                        // the candidate's reply keeps nothing
            message(at(11, 6), Out, QDate(2026, 11, 10)),  // nothing until 12 Nov: missed
            message(at(11, 12), Out, QDate(2026, 11, 20)), // today is 15 Nov: pending
        };
        const QList<PromiseCheck> checks = PromiseCheck::of(a, log, QDate(2026, 11, 15));
        QCOMPARE(checks.size(), 3);
        QCOMPARE(checks[0].outcome, PromiseCheck::Outcome::Kept);
        QCOMPARE(checks[0].answeredOn, QDate(2026, 11, 6));
        QCOMPARE(checks[1].outcome, PromiseCheck::Outcome::Missed);
        // Answered two days late.
        QCOMPARE(checks[1].answeredOn, QDate(2026, 11, 12));
        QCOMPARE(checks[2].outcome, PromiseCheck::Outcome::Pending);

        // A date set on the application and in no message counts once more,
        // made no earlier than the last message (12 Nov), so nothing kept it.
        a.promisedResponseDate = QDate(2026, 11, 14);
        const QList<PromiseCheck> withDate = PromiseCheck::of(a, log, QDate(2026, 11, 15));
        QCOMPARE(withDate.size(), 4);
        QCOMPARE(withDate[3].madeAt, at(11, 12));
        QCOMPARE(withDate[3].outcome, PromiseCheck::Outcome::Missed);
        QVERIFY(!withDate[3].answeredOn.isValid());
        // The same date in a message is not counted twice.
        a.promisedResponseDate = QDate(2026, 11, 20);
        QCOMPARE(PromiseCheck::of(a, log, QDate(2026, 11, 15)).size(), 3);
    }

    void medianOfEvenAndOddCounts() {
        QCOMPARE(OpeningSummaryData::median({}), std::nullopt);
        QCOMPARE(OpeningSummaryData::median({7, 4, 11}), std::optional<double>(7));
        QCOMPARE(OpeningSummaryData::median({10, 4, 7, 11}), std::optional<double>(8.5));
    }

    void summaryOfAHandBuiltOpening() {
        auto opened = test::TestDatabase::open(m_dir.filePath(QStringLiteral("summary.sqlite")));
        QVERIFY2(opened.ok(), qPrintable(opened.errorMessage()));
        Database& db = **opened;
        Opening opening;
        opening.title = QStringLiteral("Support Lead");
        QVERIFY(OpeningRepository(db).insert(opening).ok());
        const auto add = [&](const char* name, const QDate& applied, const QDate& promised) {
            Candidate c;
            c.fullName = QString::fromLatin1(name);
            c.email = c.fullName.toLower().replace(QLatin1Char(' '), QLatin1Char('.')) +
                      QStringLiteral("@example.org");
            if (!CandidateRepository(db).insert(c).ok())
                return Application{};
            Application a;
            a.candidateId = c.id;
            a.openingId = opening.id;
            a.appliedOn = applied;
            a.promisedResponseDate = promised;
            return ApplicationRepository(db).insert(a).ok() ? a : Application{};
        };
        const Application a = add("Ana Alves", QDate(2026, 10, 1), {});
        const Application b = add("Ben Brook", QDate(2026, 10, 3), QDate(2026, 10, 20));
        const Application c = add("Cleo Cruz", QDate(2026, 10, 10), QDate(2026, 10, 30));
        const Application d = add("Dev Dutta", QDate(2026, 9, 20), {});
        QVERIFY(a.id != kNoRow && b.id != kNoRow && c.id != kNoRow && d.id != kNoRow);

        PipelineWorkflow workflow(db);
        const QString lead = QStringLiteral("Lead");
        QVERIFY(workflow.moveToStage(a.uuid, PipelineStage::Screen, lead, at(10, 5)).ok());
        QVERIFY(workflow.moveToStage(a.uuid, PipelineStage::Interview, lead, at(10, 15)).ok());
        QVERIFY(workflow.moveToStage(b.uuid, PipelineStage::Screen, lead, at(10, 10)).ok());
        QVERIFY(workflow.moveToStage(d.uuid, PipelineStage::Rejected, lead, at(10, 1)).ok());

        CommunicationRepository log(db);
        for (CommunicationEntry e :
             {message(at(10, 5), Out, QDate(2026, 10, 14)), message(at(10, 13), Out)}) {
            e.applicationId = a.id;
            QVERIFY(log.insert(e).ok());
        }
        CommunicationEntry promise = message(at(10, 10), Out, QDate(2026, 10, 20));
        promise.applicationId = b.id;
        QVERIFY(log.insert(promise).ok());

        auto summary = OpeningSummaryData::load(db, opening.id, QDate(2026, 10, 25));
        QVERIFY2(summary.ok(), qPrintable(summary.errorMessage()));
        QCOMPARE(summary->applications, 4);
        // A: 2 moves, B: 1, D: 1.
        QCOMPARE(summary->recordedStageChanges, 4);
        const StageFigures& applied = summary->stages.at(int(PipelineStage::Applied));
        // Everyone got this far; only Cleo is still there.
        QCOMPARE(applied.now, 1);
        QCOMPARE(applied.reached, 4);
        // Finished stays in Applied: Ana 1→5 Oct 4 days, Ben 3→10 Oct 7, Dev 20 Sep→1 Oct 11.
        QCOMPARE(applied.finishedStays, 3);
        QCOMPARE(applied.medianDaysFinished, std::optional<double>(7));
        // Cleo since 10 Oct, as of 25 Oct: 15 days.
        QCOMPARE(applied.currentStays, 1);
        QCOMPARE(applied.medianDaysSoFar, std::optional<double>(15));
        QCOMPARE(applied.medianDaysSinceApplied, std::optional<double>(15));
        const StageFigures& screen = summary->stages.at(int(PipelineStage::Screen));
        // Ana in Screen 5→15 Oct (10 days); Ben since 10 Oct (15 so far, 22 since applying).
        QCOMPARE(screen.now, 1);
        QCOMPARE(screen.reached, 2);
        QCOMPARE(screen.medianDaysFinished, std::optional<double>(10));
        QCOMPARE(screen.medianDaysSoFar, std::optional<double>(15));
        QCOMPARE(screen.medianDaysSinceApplied, std::optional<double>(22));
        const StageFigures& interview = summary->stages.at(int(PipelineStage::Interview));
        QCOMPARE(interview.reached, 1);
        QCOMPARE(interview.medianDaysSoFar, std::optional<double>(10));
        QCOMPARE(summary->stages.at(int(PipelineStage::Rejected)).now, 1);
        QCOMPARE(summary->stages.at(int(PipelineStage::Final)).reached, 0);

        // Ana's promise kept on 13 Oct, Ben's missed, Cleo's (30 Oct) not yet due.
        QCOMPARE(summary->promisesKept, 1);
        QCOMPARE(summary->promisesMissed, 1);
        QCOMPARE(summary->promisesPending, 1);
        // Only Ben waits past his date: 20 → 25 Oct, 5 days.
        QCOMPARE(summary->waiting.size(), 1);
        QCOMPARE(summary->waiting[0].candidateName, QStringLiteral("Ben Brook"));
        QCOMPARE(summary->waiting[0].daysOverdue, 5);
        QCOMPARE(summary->waiting[0].stage, PipelineStage::Screen);
    }

    void demoPacketFollowsBlindScoring() {
        auto db = demoDatabase(QStringLiteral("packet.sqlite"));
        QVERIFY(db);
        const RowId opening = openingId(*db, QStringLiteral("Senior Backend Engineer"));
        auto candidates = CandidateRepository(*db).list();
        QVERIFY(candidates.ok());
        RowId miguel = kNoRow;
        for (const Candidate& c : *candidates)
            miguel = c.fullName == QString::fromUtf8("Miguel Ángel Ortega") ? c.id : miguel;
        auto application = CandidatePacketData::applicationOf(*db, opening, miguel);
        QVERIFY2(application.ok(), qPrintable(application.errorMessage()));
        QVERIFY(!CandidatePacketData::applicationOf(*db, opening + 1, miguel).ok());

        // DemoDebriefStory: two rounds, two panelists each, all four
        // submitted. The lead sat on one and submitted: she sees all four.
        auto all = CandidatePacketData::load(*db, *application, lead(*db, opening));
        QVERIFY2(all.ok(), qPrintable(all.errorMessage()));
        QCOMPARE(all->interviews.size(), 2);
        QCOMPARE(all->submittedScorecards(), 4);
        QCOMPARE(all->hiddenScorecards(), 0);
        QCOMPARE(all->references.size(), 2);
        QVERIFY(all->summary.has_value());
        QCOMPARE(all->summary->scorecards, 4);
        QVERIFY(!all->communications.isEmpty());
        for (const PacketInterview& interview : all->interviews)
            QVERIFY(!interview.roundName.isEmpty());

        // Élodie (HR) sat on none of Miguel's interviews. Every seat of them
        // has a submitted card, so she may read them: nobody still scoring
        // can be anchored by her (BlindScoringPolicy).
        const ScoreViewer elodie =
            ScoreViewer::panelist(panelistId(*db, QString::fromUtf8("Élodie Marchand")));
        auto outsider = CandidatePacketData::load(*db, *application, elodie);
        QVERIFY(outsider.ok());
        QCOMPARE(outsider->submittedScorecards(), 4);
        QVERIFY(!outsider->withheld.any());

        // Tobenna Okafor's interview still waits for cards, Élodie's among
        // them. Mei Chen, not on the panel at all, sees none of it and is
        // not told to submit anything; the summary is left out with it.
        RowId tobenna = kNoRow;
        for (const Candidate& c : *candidates)
            tobenna = c.fullName == QStringLiteral("Tobenna Okafor") ? c.id : tobenna;
        auto waiting = CandidatePacketData::applicationOf(*db, opening, tobenna);
        QVERIFY(waiting.ok());
        const ScoreViewer mei = ScoreViewer::panelist(panelistId(*db, QStringLiteral("Mei Chen")));
        auto blind = CandidatePacketData::load(*db, *waiting, mei);
        QVERIFY(blind.ok());
        QCOMPARE(blind->submittedScorecards(), 0);
        QVERIFY(blind->hiddenScorecards() > 0);
        QCOMPARE(blind->withheld.hidden, blind->hiddenScorecards());
        QCOMPARE(blind->withheld.reason, WithheldScorecards::Reason::PanelOutstanding);
        QVERIFY(!blind->summary.has_value());
        auto seated = CandidatePacketData::load(*db, *waiting, elodie);
        QVERIFY(seated.ok());
        QCOMPARE(seated->withheld.reason, WithheldScorecards::Reason::YoursOutstanding);
        // The lead owes a card there herself, and is told to submit it.
        auto owing = CandidatePacketData::load(*db, *waiting, lead(*db, opening));
        QVERIFY(owing.ok());
        QCOMPARE(owing->withheld.reason, WithheldScorecards::Reason::YoursOutstanding);
        QCOMPARE(owing->submittedScorecards(), 0);
    }

    void demoComparisonOfADecidedOpening() {
        auto db = demoDatabase(QStringLiteral("decided.sqlite"));
        QVERIFY(db);
        const RowId opening = openingId(*db, QStringLiteral("Engineering Manager"));
        auto data = ComparisonReportData::load(*db, opening, lead(*db, opening));
        QVERIFY2(data.ok(), qPrintable(data.errorMessage()));
        QVERIFY(data->decision.has_value());
        QCOMPARE(data->input.finalists.basis, FinalistSet::Basis::Decision);
        // The decision's finalists, chosen first, even though the runners-up
        // have been rejected since (DemoFilledStory).
        QStringList names;
        for (const Finalist& f : data->input.matrix.finalists())
            names.append(f.name);
        QCOMPARE(names.size(), 3);
        QCOMPARE(names.first(), QString::fromUtf8("Nguyễn Thị Lan"));
        QCOMPARE(names.at(1), QString::fromUtf8("Łukasz Nowak"));
        QCOMPARE(data->decidingCriteria.size(), 2);
        QCOMPARE(data->decidedByName, QStringLiteral("Jonas Lindqvist"));
        QCOMPARE(data->analytics.finalists.size(), 3);

        // Before a decision the finalists are the app's default.
        const RowId debrief = openingId(*db, QStringLiteral("Senior Backend Engineer"));
        auto open = ComparisonReportData::load(*db, debrief, lead(*db, debrief));
        QVERIFY(open.ok());
        QVERIFY(!open->decision.has_value());
        QCOMPARE(open->input.finalists.basis, FinalistSet::Basis::Stage);
        // Whoever looks, the same finalists in the same order.
        auto input = ComparisonInput::load(*db, debrief, ScoreViewer{});
        QVERIFY(input.ok());
        QCOMPARE(open->input.matrix.finalists(), input->matrix.finalists());
    }

    void demoCalibrationCoversEveryScoredCandidate() {
        auto db = demoDatabase(QStringLiteral("calibration.sqlite"));
        QVERIFY(db);
        const RowId opening = openingId(*db, QStringLiteral("Senior Backend Engineer"));
        auto data = CalibrationReportData::load(*db, opening, lead(*db, opening));
        QVERIFY2(data.ok(), qPrintable(data.errorMessage()));
        // Every application with a submitted card, counted here on its own,
        // whether the lead may see the cards yet or not.
        int scored = 0;
        int submitted = 0;
        auto applications = ApplicationRepository(*db).forOpening(opening);
        QVERIFY(applications.ok());
        for (const Application& a : *applications) {
            auto cards = ScorecardRepository(*db).forApplication(a.id);
            QVERIFY(cards.ok());
            const auto n = std::count_if(cards->cbegin(), cards->cend(),
                                         [](const Scorecard& s) { return s.isSubmitted(); });
            scored += n > 0 ? 1 : 0;
            submitted += int(n);
        }
        QVERIFY(scored > 3);
        QCOMPARE(data->input.matrix.finalistCount(), scored);
        // What the lead may not see yet is counted, never read.
        QVERIFY(data->input.withheldScorecards() > 0);
        QCOMPARE(data->input.submittedScorecards + data->input.withheldScorecards(), submitted);
        QCOMPARE(data->calibration.panelists.size(), data->input.matrix.panelistCount());
    }

private:
    static ScoreViewer lead(Database& db, RowId openingId) {
        auto viewer = ScoreViewer::panelLead(db, openingId);
        return viewer ? *viewer : ScoreViewer{};
    }

    std::unique_ptr<Database> demoDatabase(const QString& name) {
        auto db = test::TestDatabase::open(m_dir.filePath(name));
        if (!db)
            return nullptr;
        DemoDataGenerator::Options options;
        options.seed = 1;
        options.today = QDate(2026, 11, 26);
        if (!DemoDataGenerator(options).generate(**db))
            return nullptr;
        return std::move(*db);
    }

    static RowId openingId(Database& db, const QString& title) {
        auto openings = OpeningRepository(db).list();
        for (const Opening& o : openings ? *openings : QList<Opening>{}) {
            if (o.title == title)
                return o.id;
        }
        return kNoRow;
    }

    static RowId panelistId(Database& db, const QString& name) {
        auto panelists = PanelistRepository(db).list();
        for (const Panelist& p : panelists ? *panelists : QList<Panelist>{}) {
            if (p.name == name)
                return p.id;
        }
        return kNoRow;
    }
};

QTEST_GUILESS_MAIN(TestReportingData)
#include "tst_reportingdata.moc"
