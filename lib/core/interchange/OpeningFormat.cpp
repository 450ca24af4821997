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

} // namespace debrief::openingformat
