#include "MessageTemplate.h"

#include "EnumKeys.h"

namespace debrief {
namespace {

constexpr EnumKeys<TemplateStage, 5> kTemplateStageKeys({{
    {TemplateStage::Application, u"application"},
    {TemplateStage::Screen, u"screen"},
    {TemplateStage::Interview, u"interview"},
    {TemplateStage::Final, u"final"},
    {TemplateStage::Offer, u"offer"},
}});

} // namespace

QString toKey(TemplateStage value) {
    return kTemplateStageKeys.key(value);
}

template <> std::optional<TemplateStage> fromKey<TemplateStage>(const QString& key) {
    return kTemplateStageKeys.parse(key);
}

template <> QStringList allKeys<TemplateStage>() {
    return kTemplateStageKeys.keys();
}

QList<TemplateStage> allTemplateStages() {
    return {TemplateStage::Application, TemplateStage::Screen, TemplateStage::Interview,
            TemplateStage::Final, TemplateStage::Offer};
}

TemplateStage templateStageFor(PipelineStage furthest) {
    switch (furthest) {
    case PipelineStage::Applied:
        return TemplateStage::Application;
    case PipelineStage::Screen:
        return TemplateStage::Screen;
    case PipelineStage::Interview:
        return TemplateStage::Interview;
    case PipelineStage::Final:
    case PipelineStage::Offer:
    case PipelineStage::Hired:
        return TemplateStage::Final;
    case PipelineStage::Rejected:
    case PipelineStage::Withdrawn:
        // The furthest stage is never a terminal one; be modest if it is.
        break;
    }
    return TemplateStage::Application;
}

} // namespace debrief
