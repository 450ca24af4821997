#include "DecisionPlan.h"

#include "pipeline/PipelineWorkflow.h"

#include <QCollator>

#include <algorithm>

namespace debrief {
namespace {

const RunnerUpChoice* runnerUpOf(const DecisionRequest& request, RowId applicationId) {
    const auto it =
        std::find_if(request.runnersUp.begin(), request.runnersUp.end(),
                     [&](const RunnerUpChoice& r) { return r.applicationId == applicationId; });
    return it == request.runnersUp.end() ? nullptr : &*it;
}

Application released(Application a) {
    a.onHold = false;
    a.holdReason.clear();
    return a;
}

Application movedTo(const Application& a, PipelineStage stage) {
    return a.stage == stage ? a : PipelineWorkflow::moveTo(a, stage).appliedTo(a);
}

/// Where a runner-up waits: where they are, unless the decision had moved
/// them on (to Offer) or out (to Rejected); then back in the round they reached.
PipelineStage runnerUpStage(const Application& a) {
    if (a.stage != PipelineStage::Offer && a.stage != PipelineStage::Rejected)
        return a.stage;
    const bool reachedLater = a.furthestStage == PipelineStage::Final ||
                              a.furthestStage == PipelineStage::Offer ||
                              isTerminal(a.furthestStage);
    return reachedLater ? PipelineStage::Final : a.furthestStage;
}

int order(const PlannedChange& c) {
    switch (c.role) {
    case DecisionRole::Chosen:
        return 0;
    case DecisionRole::RunnerUp:
        return 1;
    case DecisionRole::NotSelected:
        break;
    }
    return 2;
}

} // namespace

QString DecisionPlan::holdReason(int rank) {
    return tr("Runner-up %1: on hold until the chosen candidate accepts the offer.").arg(rank);
}

DecisionPlan DecisionPlan::make(const DecisionRequest& request,
                                const QList<Application>& applications,
                                const QHash<RowId, QString>& names) {
    DecisionPlan plan;
    for (const Application& a : applications) {
        PlannedChange change{a,
                             a,
                             names.value(a.candidateId),
                             DecisionRole::NotSelected,
                             0,
                             request.notSelected.contains(a.id)};
        if (request.chosen.contains(a.id)) {
            change.role = DecisionRole::Chosen;
            change.finalist = true;
            change.after = released(movedTo(a, PipelineStage::Offer));
        } else if (const RunnerUpChoice* r = runnerUpOf(request, a.id)) {
            change.role = DecisionRole::RunnerUp;
            change.finalist = true;
            change.rank = r->rank;
            change.after = movedTo(a, runnerUpStage(a));
            change.after.onHold = true;
            change.after.holdReason = holdReason(r->rank);
            change.after.talentPool = r->talentPool;
        } else if (!isTerminal(a.stage)) {
            change.after = released(movedTo(a, PipelineStage::Rejected));
        }
        if (change.after != change.before)
            plan.m_changes.append(change);
    }
    QCollator collator;
    std::stable_sort(plan.m_changes.begin(), plan.m_changes.end(),
                     [&](const PlannedChange& x, const PlannedChange& y) {
                         if (order(x) != order(y))
                             return order(x) < order(y);
                         if (x.rank != y.rank)
                             return x.rank < y.rank;
                         return collator.compare(x.candidateName, y.candidateName) < 0;
                     });
    return plan;
}

QList<PlannedChange> DecisionPlan::rejections() const {
    QList<PlannedChange> found;
    for (const PlannedChange& c : m_changes) {
        if (c.after.stage == PipelineStage::Rejected && c.before.stage != PipelineStage::Rejected)
            found.append(c);
    }
    return found;
}

QString DecisionPlan::describe(const PlannedChange& c) {
    const QString from = toLabel(c.before.stage);
    const QString to = toLabel(c.after.stage);
    switch (c.role) {
    case DecisionRole::Chosen:
        return tr("%1: chosen, %2 → %3").arg(c.candidateName, from, to);
    case DecisionRole::RunnerUp:
        return from == to ? tr("%1: runner-up %2, on hold (stays in %3)")
                                .arg(c.candidateName)
                                .arg(c.rank)
                                .arg(from)
                          : tr("%1: runner-up %2, on hold, %3 → %4")
                                .arg(c.candidateName)
                                .arg(c.rank)
                                .arg(from, to);
    case DecisionRole::NotSelected:
        break;
    }
    return c.finalist ? tr("%1: finalist not selected, %2 → %3").arg(c.candidateName, from, to)
                      : tr("%1: still in process, %2 → %3").arg(c.candidateName, from, to);
}

} // namespace debrief
