#include "ChangeEvent.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace debrief {
namespace {

std::optional<ChangeEvent::Action> actionOf(const QString& key) {
    using Action = ChangeEvent::Action;
    static const QList<std::pair<QString, Action>> actions = {
        {QStringLiteral("insert"), Action::Added},   {QStringLiteral("update"), Action::Edited},
        {QStringLiteral("delete"), Action::Removed}, {QStringLiteral("submit"), Action::Submitted},
        {QStringLiteral("amend"), Action::Amended},  {QStringLiteral("reveal"), Action::Revealed},
    };
    for (const auto& [name, action] : actions) {
        if (name == key)
            return action;
    }
    return std::nullopt;
}

} // namespace

std::optional<ChangeEvent> ChangeEvent::fromPayload(const QString& payload) {
    const QJsonDocument document = QJsonDocument::fromJson(payload.toUtf8());
    if (!document.isObject())
        return std::nullopt;
    const QJsonObject object = document.object();
    const auto action = actionOf(object.value(QLatin1String("action")).toString());
    ChangeEvent event;
    event.table = object.value(QLatin1String("table")).toString();
    event.uuid = QUuid::fromString(object.value(QLatin1String("uuid")).toString());
    if (!action || event.table.isEmpty() || event.uuid.isNull())
        return std::nullopt;
    event.action = *action;
    // null (not found by the server) reads as a null uuid.
    event.application = QUuid::fromString(object.value(QLatin1String("application")).toString());
    event.opening = QUuid::fromString(object.value(QLatin1String("opening")).toString());
    event.actor = object.value(QLatin1String("actor")).toString();
    return event;
}

} // namespace debrief
