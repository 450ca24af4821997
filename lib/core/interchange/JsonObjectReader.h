#pragma once

#include "JsonErrorList.h"
#include "domain/Enums.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QSet>
#include <QString>
#include <QUuid>

#include <optional>

namespace debrief {

/// A reference to another record by UUID, with the JSON path where it was
/// written, so that a dangling reference can be reported where it is.
struct UuidRef {
    QUuid uuid;
    QString path;
};

/// Reads the fields of one JSON object with the types the interchange format
/// expects. Never fails: a missing or ill-typed field is added to the error
/// list with its JSON path and a harmless default is returned, so reading
/// goes on and every error of the document is found in one pass.
class JsonObjectReader {
    Q_DECLARE_TR_FUNCTIONS(JsonObjectReader)

public:
    JsonObjectReader(const QJsonValue& value, QString path, JsonErrorList& errors);

    /// Whether the value was an object at all (already reported if not).
    bool isObject() const { return m_isObject; }
    const QString& path() const { return m_path; }
    QString fieldPath(const char* key) const;

    QString text(const char* key);
    QUuid uuid(const char* key);
    /// A UUID or null; the returned UuidRef has a null uuid for null.
    UuidRef uuidRef(const char* key, bool nullable = false);
    int integer(const char* key, int minimum, int maximum);
    /// An integer or null; the range is checked by the caller, who knows it.
    std::optional<int> nullableInteger(const char* key);
    /// A finite number from `minimum` to `maximum`.
    double number(const char* key, double minimum, double maximum);
    bool boolean(const char* key);
    /// A field added in a later format version: absent gives the default
    /// (older files stay valid); present, it must have the right type and
    /// is reported with the same messages as a required field.
    bool optionalBoolean(const char* key, bool fallback = false);
    QString optionalText(const char* key);
    int optionalInteger(const char* key, int minimum, int maximum, int fallback);
    /// Optional and nullable: absent or null give an invalid date-time.
    QDateTime optionalTimestamp(const char* key);
    QDateTime timestamp(const char* key, bool nullable = false);
    QDate nullableDate(const char* key);
    QStringList textList(const char* key);
    QList<UuidRef> uuidRefList(const char* key);
    /// The array's elements; an empty array when missing or not an array.
    QJsonArray array(const char* key);
    /// The raw value (for nested objects); Undefined when missing.
    QJsonValue value(const char* key, bool nullable = false);

    template <typename Enum> Enum enumKey(const char* key, Enum fallback) {
        return nullableEnumKey<Enum>(key, false).value_or(fallback);
    }
    template <typename Enum>
    std::optional<Enum> nullableEnumKey(const char* key, bool nullable = true) {
        const QString what = tr("a key");
        const auto raw = take(key, nullable, what);
        if (!raw || raw->isNull())
            return std::nullopt;
        if (!raw->isString()) {
            typeError(key, what, nullable);
            return std::nullopt;
        }
        if (auto parsed = fromKey<Enum>(raw->toString()))
            return parsed;
        reportUnknownEnum(key, raw->toString(), allKeys<Enum>());
        return std::nullopt;
    }

    /// Reports every field that the format does not define (typos are
    /// caught here rather than silently dropped). Call after reading.
    void reportUnknownFields();

private:
    /// The field's value, marked as read; std::nullopt (and an error) when
    /// missing, or when null and `nullable` is false.
    std::optional<QJsonValue> take(const char* key, bool nullable, const QString& what);
    /// Whether the field is there; marks it as known either way.
    bool present(const char* key);
    /// Reports "expected WHAT" (or "expected WHAT or null").
    void typeError(const char* key, const QString& what, bool nullable);
    void reportUnknownEnum(const char* key, const QString& found, const QStringList& allowed);
    QUuid parseUuid(const QJsonValue& raw, const QString& path);

    QJsonObject m_object;
    QString m_path;
    JsonErrorList& m_errors;
    bool m_isObject = false;
    QSet<QString> m_read;
};

} // namespace debrief
