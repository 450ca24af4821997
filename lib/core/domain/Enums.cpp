#include "Enums.h"

#include "EnumKeys.h"

#include <QCoreApplication>

namespace debrief {
namespace {

using Stage = PipelineStage;
constexpr EnumKeys<Stage, 8> kStageKeys({{
    {Stage::Applied, u"applied"},
    {Stage::Screen, u"screen"},
    {Stage::Interview, u"interview"},
    {Stage::Final, u"final"},
    {Stage::Offer, u"offer"},
    {Stage::Hired, u"hired"},
    {Stage::Rejected, u"rejected"},
    {Stage::Withdrawn, u"withdrawn"},
}});

constexpr EnumKeys<Recommendation, 4> kRecommendationKeys({{
    {Recommendation::StrongNo, u"strong_no"},
    {Recommendation::No, u"no"},
    {Recommendation::Yes, u"yes"},
    {Recommendation::StrongYes, u"strong_yes"},
}});

constexpr EnumKeys<OpeningStatus, 4> kOpeningStatusKeys({{
    {OpeningStatus::Open, u"open"},
    {OpeningStatus::OnHold, u"on_hold"},
    {OpeningStatus::Filled, u"filled"},
    {OpeningStatus::Cancelled, u"cancelled"},
}});

constexpr EnumKeys<ScorecardStatus, 2> kScorecardStatusKeys({{
    {ScorecardStatus::Draft, u"draft"},
    {ScorecardStatus::Submitted, u"submitted"},
}});

constexpr EnumKeys<CommunicationChannel, 6> kChannelKeys({{
    {CommunicationChannel::Email, u"email"},
    {CommunicationChannel::Phone, u"phone"},
    {CommunicationChannel::VideoCall, u"video_call"},
    {CommunicationChannel::InPerson, u"in_person"},
    {CommunicationChannel::Letter, u"letter"},
    {CommunicationChannel::Other, u"other"},
}});

constexpr EnumKeys<CommunicationDirection, 2> kDirectionKeys({{
    {CommunicationDirection::Outbound, u"outbound"},
    {CommunicationDirection::Inbound, u"inbound"},
}});

constexpr EnumKeys<DecisionRole, 3> kDecisionRoleKeys({{
    {DecisionRole::Chosen, u"chosen"},
    {DecisionRole::RunnerUp, u"runner_up"},
    {DecisionRole::NotSelected, u"not_selected"},
}});

QString label(const char* context, const char* text) {
    return QCoreApplication::translate(context, text);
}

} // namespace

QString toKey(PipelineStage value) {
    return kStageKeys.key(value);
}
QString toKey(Recommendation value) {
    return kRecommendationKeys.key(value);
}
QString toKey(OpeningStatus value) {
    return kOpeningStatusKeys.key(value);
}
QString toKey(ScorecardStatus value) {
    return kScorecardStatusKeys.key(value);
}
QString toKey(CommunicationChannel value) {
    return kChannelKeys.key(value);
}
QString toKey(CommunicationDirection value) {
    return kDirectionKeys.key(value);
}
QString toKey(DecisionRole value) {
    return kDecisionRoleKeys.key(value);
}

template <> std::optional<PipelineStage> fromKey<PipelineStage>(const QString& key) {
    return kStageKeys.parse(key);
}
template <> std::optional<Recommendation> fromKey<Recommendation>(const QString& key) {
    return kRecommendationKeys.parse(key);
}
template <> std::optional<OpeningStatus> fromKey<OpeningStatus>(const QString& key) {
    return kOpeningStatusKeys.parse(key);
}
template <> std::optional<ScorecardStatus> fromKey<ScorecardStatus>(const QString& key) {
    return kScorecardStatusKeys.parse(key);
}
template <> std::optional<CommunicationChannel> fromKey<CommunicationChannel>(const QString& key) {
    return kChannelKeys.parse(key);
}
template <>
std::optional<CommunicationDirection> fromKey<CommunicationDirection>(const QString& key) {
    return kDirectionKeys.parse(key);
}
template <> std::optional<DecisionRole> fromKey<DecisionRole>(const QString& key) {
    return kDecisionRoleKeys.parse(key);
}

template <> QStringList allKeys<PipelineStage>() {
    return kStageKeys.keys();
}
template <> QStringList allKeys<Recommendation>() {
    return kRecommendationKeys.keys();
}
template <> QStringList allKeys<OpeningStatus>() {
    return kOpeningStatusKeys.keys();
}
template <> QStringList allKeys<ScorecardStatus>() {
    return kScorecardStatusKeys.keys();
}
template <> QStringList allKeys<CommunicationChannel>() {
    return kChannelKeys.keys();
}
template <> QStringList allKeys<CommunicationDirection>() {
    return kDirectionKeys.keys();
}
template <> QStringList allKeys<DecisionRole>() {
    return kDecisionRoleKeys.keys();
}

QString toLabel(PipelineStage value) {
    switch (value) {
    case Stage::Applied:
        return label("PipelineStage", QT_TRANSLATE_NOOP("PipelineStage", "Applied"));
    case Stage::Screen:
        return label("PipelineStage", QT_TRANSLATE_NOOP("PipelineStage", "Screen"));
    case Stage::Interview:
        return label("PipelineStage", QT_TRANSLATE_NOOP("PipelineStage", "Interview"));
    case Stage::Final:
        return label("PipelineStage", QT_TRANSLATE_NOOP("PipelineStage", "Final"));
    case Stage::Offer:
        return label("PipelineStage", QT_TRANSLATE_NOOP("PipelineStage", "Offer"));
    case Stage::Hired:
        return label("PipelineStage", QT_TRANSLATE_NOOP("PipelineStage", "Hired"));
    case Stage::Rejected:
        return label("PipelineStage", QT_TRANSLATE_NOOP("PipelineStage", "Rejected"));
    case Stage::Withdrawn:
        return label("PipelineStage", QT_TRANSLATE_NOOP("PipelineStage", "Withdrawn"));
    }
    return {};
}

QString toLabel(Recommendation value) {
    switch (value) {
    case Recommendation::StrongNo:
        return label("Recommendation", QT_TRANSLATE_NOOP("Recommendation", "Strong no"));
    case Recommendation::No:
        return label("Recommendation", QT_TRANSLATE_NOOP("Recommendation", "No"));
    case Recommendation::Yes:
        return label("Recommendation", QT_TRANSLATE_NOOP("Recommendation", "Yes"));
    case Recommendation::StrongYes:
        return label("Recommendation", QT_TRANSLATE_NOOP("Recommendation", "Strong yes"));
    }
    return {};
}

QString toLabel(OpeningStatus value) {
    switch (value) {
    case OpeningStatus::Open:
        return label("OpeningStatus", QT_TRANSLATE_NOOP("OpeningStatus", "Open"));
    case OpeningStatus::OnHold:
        return label("OpeningStatus", QT_TRANSLATE_NOOP("OpeningStatus", "On hold"));
    case OpeningStatus::Filled:
        return label("OpeningStatus", QT_TRANSLATE_NOOP("OpeningStatus", "Filled"));
    case OpeningStatus::Cancelled:
        return label("OpeningStatus", QT_TRANSLATE_NOOP("OpeningStatus", "Cancelled"));
    }
    return {};
}

QString toLabel(ScorecardStatus value) {
    switch (value) {
    case ScorecardStatus::Draft:
        return label("ScorecardStatus", QT_TRANSLATE_NOOP("ScorecardStatus", "Draft"));
    case ScorecardStatus::Submitted:
        return label("ScorecardStatus", QT_TRANSLATE_NOOP("ScorecardStatus", "Submitted"));
    }
    return {};
}

QString toLabel(CommunicationChannel value) {
    const char* ctx = "CommunicationChannel";
    switch (value) {
    case CommunicationChannel::Email:
        return label(ctx, QT_TRANSLATE_NOOP("CommunicationChannel", "E-mail"));
    case CommunicationChannel::Phone:
        return label(ctx, QT_TRANSLATE_NOOP("CommunicationChannel", "Phone"));
    case CommunicationChannel::VideoCall:
        return label(ctx, QT_TRANSLATE_NOOP("CommunicationChannel", "Video call"));
    case CommunicationChannel::InPerson:
        return label(ctx, QT_TRANSLATE_NOOP("CommunicationChannel", "In person"));
    case CommunicationChannel::Letter:
        return label(ctx, QT_TRANSLATE_NOOP("CommunicationChannel", "Letter"));
    case CommunicationChannel::Other:
        return label(ctx, QT_TRANSLATE_NOOP("CommunicationChannel", "Other"));
    }
    return {};
}

QString toLabel(CommunicationDirection value) {
    const char* ctx = "CommunicationDirection";
    switch (value) {
    case CommunicationDirection::Outbound:
        return label(ctx, QT_TRANSLATE_NOOP("CommunicationDirection", "To the candidate"));
    case CommunicationDirection::Inbound:
        return label(ctx, QT_TRANSLATE_NOOP("CommunicationDirection", "From the candidate"));
    }
    return {};
}

QString toLabel(DecisionRole value) {
    const char* ctx = "DecisionRole";
    switch (value) {
    case DecisionRole::Chosen:
        return label(ctx, QT_TRANSLATE_NOOP("DecisionRole", "Chosen"));
    case DecisionRole::RunnerUp:
        return label(ctx, QT_TRANSLATE_NOOP("DecisionRole", "Runner-up"));
    case DecisionRole::NotSelected:
        return label(ctx, QT_TRANSLATE_NOOP("DecisionRole", "Not selected"));
    }
    return {};
}

bool isTerminal(PipelineStage stage) {
    return stage == Stage::Hired || stage == Stage::Rejected || stage == Stage::Withdrawn;
}

} // namespace debrief
