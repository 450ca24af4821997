#include "DemoCrowdPlanner.h"

#include "DemoRandom.h"

#include <algorithm>

namespace debrief::demo {
namespace {

int roundsDone(PipelineStage furthest, int roundCount, DemoRandom& random) {
    switch (furthest) {
    case PipelineStage::Applied:
    case PipelineStage::Screen:
        return 0;
    case PipelineStage::Interview:
        // Still interviewing, or out before the last round.
        return random.between(1, std::max(1, roundCount - 1));
    default:
        return roundCount;
    }
}

/// Stronger candidates get further; the rejected ones were weaker where it counted.
double abilityFor(PipelineStage stage, PipelineStage furthest) {
    switch (stage) {
    case PipelineStage::Hired:
    case PipelineStage::Offer:
        return 0.8;
    case PipelineStage::Final:
        return 0.72;
    case PipelineStage::Interview:
        return 0.6;
    default:
        break;
    }
    return furthest == PipelineStage::Final ? 0.66 : 0.38;
}

} // namespace

DemoApplicantPlan DemoCrowdPlanner::plan(PipelineStage stage, PipelineStage furthest,
                                         int roundCount, DemoRandom& random) {
    DemoApplicantPlan p;
    p.stage = stage;
    p.furthest = furthest;
    p.roundsDone = roundsDone(furthest, roundCount, random);
    p.ability = abilityFor(stage, furthest) + random.real(-0.08, 0.08);
    return p;
}

QList<DemoApplicantPlan> DemoCrowdPlanner::plans(const DemoOpeningScenario& scenario,
                                                 DemoRandom& random) {
    QList<DemoApplicantPlan> out;
    for (const DemoStageGroup& group : scenario.pipeline) {
        for (int i = 0; i < group.count; ++i)
            out.append(plan(group.stage, group.furthest, int(scenario.rounds.size()), random));
    }
    return out;
}

} // namespace debrief::demo
