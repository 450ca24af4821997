#include "OpeningSummaryData.h"

#include "StageTimeline.h"
#include "correspondence/WaitingOnUsQuery.h"
#include "pipeline/StageRules.h"
#include "storage/ApplicationRepository.h"
#include "storage/AuditRepository.h"
#include "storage/CandidateRepository.h"
#include "storage/CommunicationRepository.h"
#include "storage/Database.h"
#include "storage/OpeningRepository.h"

#include <QHash>

#include <algorithm>

namespace debrief {
namespace {

constexpr int kStageCount = int(PipelineStage::Withdrawn) + 1;

/// Days per stage, collected over all applications before taking medians.
struct StageSamples {
    QList<double> finished;
    QList<double> soFar;
    QList<double> sinceApplied;
};

bool reached(const Application& a, PipelineStage stage) {
    const int progress = StageRules::progress(stage);
    if (progress < 0)
        return a.stage == stage;
    // A furthest stage stored as Rejected/Withdrawn (old or imported data)
    // says nothing; the current stage is then all that is known.
    return std::max(StageRules::progress(a.furthestStage), StageRules::progress(a.stage)) >=
           progress;
}

void addStays(const Application& a, const QList<StageStay>& stays, const QDate& today,
              QList<StageSamples>& samples) {
    for (const StageStay& stay : stays) {
        // Nobody waits in a terminal stage; its length means nothing.
        if (isTerminal(stay.stage))
            continue;
        const std::optional<qint64> days = stay.days(today);
        if (!days)
            continue;
        StageSamples& s = samples[int(stay.stage)];
        (stay.isCurrent() ? s.soFar : s.finished).append(double(*days));
    }
    if (a.appliedOn.isValid() && !isTerminal(a.stage))
        samples[int(a.stage)].sinceApplied.append(double(a.appliedOn.daysTo(today)));
}

QList<StageFigures> stageFigures(const QList<Application>& applications,
                                 const QList<StageSamples>& samples) {
    QList<StageFigures> stages;
    for (int s = 0; s < kStageCount; ++s) {
        StageFigures figures;
        figures.stage = PipelineStage(s);
        for (const Application& a : applications) {
            figures.now += a.stage == figures.stage ? 1 : 0;
            figures.reached += reached(a, figures.stage) ? 1 : 0;
        }
        figures.finishedStays = int(samples.at(s).finished.size());
        figures.medianDaysFinished = OpeningSummaryData::median(samples.at(s).finished);
        figures.currentStays = int(samples.at(s).soFar.size());
        figures.medianDaysSoFar = OpeningSummaryData::median(samples.at(s).soFar);
        figures.medianDaysSinceApplied = OpeningSummaryData::median(samples.at(s).sinceApplied);
        stages.append(figures);
    }
    return stages;
}

/// The app's "Waiting on us" list, so the report names the same people.
Result<QList<WaitingCandidate>> waitingOf(Database& db, const QDate& today, RowId openingId,
                                          const QList<Application>& applications) {
    auto overdue = WaitingOnUsQuery(db).list(today, openingId);
    if (!overdue)
        return overdue.error();
    QList<WaitingCandidate> waiting;
    for (const OverdueApplication& o : std::as_const(*overdue)) {
        const auto held =
            std::find_if(applications.cbegin(), applications.cend(),
                         [&o](const Application& a) { return a.id == o.applicationId; });
        waiting.append({o.applicationId, o.candidateName, o.stage, o.promisedDate, o.daysOverdue,
                        o.lastContact.date(), o.onHold,
                        held == applications.cend() ? QString() : held->holdReason});
    }
    return waiting;
}

} // namespace

std::optional<double> OpeningSummaryData::median(QList<double> values) {
    if (values.isEmpty())
        return std::nullopt;
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 == 1 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2.0;
}

Result<OpeningSummaryData> OpeningSummaryData::load(Database& db, RowId openingId,
                                                    const QDate& today) {
    OpeningSummaryData data;
    data.today = today;
    auto opening = OpeningRepository(db).get(openingId);
    if (!opening)
        return opening.error();
    data.opening = *opening;
    auto applications = ApplicationRepository(db).forOpening(openingId);
    if (!applications)
        return applications.error();
    data.applications = int(applications->size());
    auto audit = AuditRepository(db).list();
    if (!audit)
        return audit.error();
    QHash<QUuid, QList<AuditEntry>> trails;
    for (const AuditEntry& entry : std::as_const(*audit)) {
        if (entry.entityType == QLatin1String("application"))
            trails[entry.entityUuid].append(entry);
    }

    // Every table once for the whole opening, grouped here by application.
    // Only the names: the candidates' other details are not shown.
    auto names = CandidateRepository(db).namesForOpening(openingId);
    if (!names)
        return names.error();
    auto communications = CommunicationRepository(db).forOpening(openingId);
    if (!communications)
        return communications.error();
    QHash<RowId, QList<CommunicationEntry>> logs;
    for (const CommunicationEntry& entry : std::as_const(*communications))
        logs[entry.applicationId].append(entry);

    QList<StageSamples> samples(kStageCount);
    for (const Application& a : std::as_const(*applications)) {
        const QList<AuditEntry> trail = trails.value(a.uuid);
        for (const AuditEntry& entry : trail)
            data.recordedStageChanges += entry.field == QLatin1String("stage") ? 1 : 0;
        addStays(a, StageTimeline::of(a, trail), today, samples);
        for (const PromiseCheck& check : PromiseCheck::of(a, logs.value(a.id), today)) {
            data.promises.append({a.id, names->value(a.candidateId), check});
            data.promisesKept += check.outcome == PromiseCheck::Outcome::Kept ? 1 : 0;
            data.promisesMissed += check.outcome == PromiseCheck::Outcome::Missed ? 1 : 0;
            data.promisesPending += check.outcome == PromiseCheck::Outcome::Pending ? 1 : 0;
        }
    }
    data.stages = stageFigures(*applications, samples);
    std::stable_sort(data.promises.begin(), data.promises.end(),
                     [](const SummaryPromise& a, const SummaryPromise& b) {
                         return a.candidateName.localeAwareCompare(b.candidateName) < 0;
                     });
    auto waiting = waitingOf(db, today, openingId, *applications);
    if (!waiting)
        return waiting.error();
    data.waiting = *waiting;
    return data;
}

} // namespace debrief
