#include "SqlValues.h"

namespace debrief::sql {

QVariant text(const QString& value) {
    return value.isNull() ? QString(QLatin1String("")) : value;
}

QVariant nullableText(const QString& value) {
    return value.isNull() ? QVariant() : QVariant(value);
}

QVariant uuid(const QUuid& value) {
    return value.isNull() ? QVariant() : QVariant(value.toString(QUuid::WithoutBraces));
}

QVariant date(const QDate& value) {
    return value.isValid() ? QVariant(value.toString(Qt::ISODate)) : QVariant();
}

QVariant timestamp(const QDateTime& value) {
    return value.isValid() ? QVariant(value.toUTC().toString(Qt::ISODateWithMs)) : QVariant();
}

QVariant rowId(RowId value) {
    return value == kNoRow ? QVariant() : QVariant(value);
}

QVariant optionalInt(std::optional<int> value) {
    return value ? QVariant(*value) : QVariant();
}

QVariant flag(bool value) {
    return QVariant(value);
}

QUuid parseUuid(const QString& stored) {
    return QUuid::fromString(stored);
}

QDate parseDate(const QString& stored) {
    return QDate::fromString(stored, Qt::ISODate);
}

QDateTime parseTimestamp(const QString& stored) {
    const QDateTime parsed = QDateTime::fromString(stored, Qt::ISODateWithMs);
    return parsed.isValid() ? parsed.toUTC() : QDateTime();
}

QDateTime nowUtc() {
    return QDateTime::currentDateTimeUtc();
}

void stampIfInvalid(QDateTime& value) {
    if (!value.isValid())
        value = nowUtc();
}

} // namespace debrief::sql
