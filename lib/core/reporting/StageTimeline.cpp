#include "StageTimeline.h"

#include <algorithm>

namespace debrief {

QList<StageStay> StageTimeline::of(const Application& application,
                                   const QList<AuditEntry>& auditTrail) {
    QList<AuditEntry> moves;
    for (const AuditEntry& entry : auditTrail) {
        if (entry.entityType == QLatin1String("application") &&
            entry.field == QLatin1String("stage"))
            moves.append(entry);
    }
    std::stable_sort(moves.begin(), moves.end(), [](const AuditEntry& a, const AuditEntry& b) {
        return a.occurredAt < b.occurredAt;
    });
    // Before the first recorded move the application was in the stage that
    // move left; without any move it has always been where it is now.
    const PipelineStage first =
        moves.isEmpty()
            ? application.stage
            : fromKey<PipelineStage>(moves.constFirst().oldValue).value_or(application.stage);
    QList<StageStay> stays;
    StageStay stay;
    stay.stage = first;
    if (first == PipelineStage::Applied)
        stay.enteredOn = application.appliedOn;
    for (const AuditEntry& move : std::as_const(moves)) {
        const std::optional<PipelineStage> next = fromKey<PipelineStage>(move.newValue);
        if (!next)
            continue;
        stay.leftOn = move.occurredAt.date();
        stays.append(stay);
        stay = StageStay{*next, move.occurredAt.date(), {}};
    }
    stays.append(stay);
    return stays;
}

} // namespace debrief
