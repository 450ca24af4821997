#pragma once

#include "DemoApplicationWriter.h"
#include "DemoScenarios.h"

#include <QList>

namespace debrief::demo {

class DemoRandom;

/// Turns an opening's stage counts into applicant plans: how many rounds
/// each got through and how strong they are, consistent with their stage.
class DemoCrowdPlanner {
public:
    static QList<DemoApplicantPlan> plans(const DemoOpeningScenario& scenario, DemoRandom& random);
    /// One plan for an applicant at `stage` who got as far as `furthest`.
    static DemoApplicantPlan plan(PipelineStage stage, PipelineStage furthest, int roundCount,
                                  DemoRandom& random);
};

} // namespace debrief::demo
