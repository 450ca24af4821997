#pragma once

#include "debrief_core_export.h"
#include "domain/Enums.h"

namespace debrief {

/// How moving an application between stages changes the furthest stage it
/// reached. The furthest stage decides which rejection message fits, so it
/// only ever grows: moving back a stage, rejecting or withdrawing keeps it.
class DEBRIEF_CORE_EXPORT StageRules {
public:
    /// How far along the pipeline a stage is (Applied 0 … Hired 5); -1 for
    /// Rejected and Withdrawn, which close an application without progress.
    static int progress(PipelineStage stage);
    /// The furthest stage after an application whose furthest stage was
    /// `furthest` moves to `to`.
    static PipelineStage furthestAfterMove(PipelineStage furthest, PipelineStage to);
};

} // namespace debrief
