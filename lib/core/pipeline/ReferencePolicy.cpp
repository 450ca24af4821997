#include "ReferencePolicy.h"

namespace debrief {

bool ReferencePolicy::isFinalist(PipelineStage stage) {
    return stage == PipelineStage::Final || stage == PipelineStage::Offer;
}

QString ReferencePolicy::warningFor(PipelineStage stage) {
    switch (stage) {
    case PipelineStage::Final:
    case PipelineStage::Offer:
    case PipelineStage::Hired:
        return {};
    case PipelineStage::Rejected:
    case PipelineStage::Withdrawn:
        return tr("This candidate is no longer in the running (%1). Contacting their referees "
                  "now costs the candidate goodwill with their current employer and contacts "
                  "and takes the referees' time for nothing.")
            .arg(toLabel(stage));
    case PipelineStage::Applied:
    case PipelineStage::Screen:
    case PipelineStage::Interview:
        break;
    }
    return tr("This candidate is not a finalist yet (stage: %1). References are normally "
              "collected from finalists only: contacting referees early costs the candidate "
              "goodwill with their current employer and contacts, who learn that they are "
              "looking, and takes the referees' and the panel's time for someone who may not "
              "go further.")
        .arg(toLabel(stage));
}

} // namespace debrief
