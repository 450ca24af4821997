#include "StageRules.h"

namespace debrief {

int StageRules::progress(PipelineStage stage) {
    switch (stage) {
    case PipelineStage::Applied:
        return 0;
    case PipelineStage::Screen:
        return 1;
    case PipelineStage::Interview:
        return 2;
    case PipelineStage::Final:
        return 3;
    case PipelineStage::Offer:
        return 4;
    case PipelineStage::Hired:
        return 5;
    case PipelineStage::Rejected:
    case PipelineStage::Withdrawn:
        return -1;
    }
    return -1;
}

PipelineStage StageRules::furthestAfterMove(PipelineStage furthest, PipelineStage to) {
    // A furthest stage stored as Rejected/Withdrawn (old or imported data)
    // ranks -1, so any real stage replaces it.
    return progress(to) > progress(furthest) ? to : furthest;
}

} // namespace debrief
