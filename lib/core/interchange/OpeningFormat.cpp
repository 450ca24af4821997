#include "OpeningFormat.h"

namespace debrief::openingformat {

QString formatMarker() {
    return QStringLiteral("debrief-opening");
}

QString uuidText(const QUuid& uuid) {
    return uuid.toString(QUuid::WithoutBraces);
}

QJsonValue uuidValue(const QUuid& uuid) {
    return uuid.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(uuidText(uuid));
}

QJsonValue timestampValue(const QDateTime& when) {
    if (!when.isValid())
        return QJsonValue::Null;
    return when.toUTC().toString(Qt::ISODateWithMs);
}

QJsonValue dateValue(const QDate& date) {
    if (!date.isValid())
        return QJsonValue::Null;
    return date.toString(Qt::ISODate);
}

QJsonObject candidateObject(const Candidate& c) {
    return {{QStringLiteral("uuid"), uuidValue(c.uuid)},
            {QStringLiteral("fullName"), c.fullName},
            {QStringLiteral("preferredName"), c.preferredName},
            {QStringLiteral("email"), c.email},
            {QStringLiteral("phone"), c.phone},
            {QStringLiteral("location"), c.location},
            {QStringLiteral("source"), c.source},
            {QStringLiteral("notes"), c.notes},
            {QStringLiteral("createdAt"), timestampValue(c.createdAt)}};
}

QJsonObject auditEntryObject(const AuditEntry& a) {
    return {{QStringLiteral("uuid"), uuidValue(a.uuid)},
            {QStringLiteral("occurredAt"), timestampValue(a.occurredAt)},
            {QStringLiteral("actor"), a.actor},
            {QStringLiteral("entityType"), a.entityType},
            {QStringLiteral("entityUuid"), uuidValue(a.entityUuid)},
            {QStringLiteral("field"), a.field},
            {QStringLiteral("oldValue"), a.oldValue},
            {QStringLiteral("newValue"), a.newValue},
            {QStringLiteral("reason"), a.reason}};
}

} // namespace debrief::openingformat
