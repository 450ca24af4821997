#include "JsonObjectReader.h"

#include <QStringList>

#include <algorithm>
#include <cmath>
#include <limits>

namespace debrief {

JsonObjectReader::JsonObjectReader(const QJsonValue& value, QString path, JsonErrorList& errors)
    : m_object(value.toObject())
    , m_path(std::move(path))
    , m_errors(errors)
    , m_isObject(value.isObject()) {
    if (!m_isObject)
        m_errors.add(m_path, tr("expected an object"));
}

QString JsonObjectReader::fieldPath(const char* key) const {
    return m_path + QLatin1Char('.') + QLatin1String(key);
}

std::optional<QJsonValue> JsonObjectReader::take(const char* key, bool nullable,
                                                 const QString& what) {
    if (!m_isObject)
        return std::nullopt;
    const QString name = QLatin1String(key);
    m_read.insert(name);
    const auto found = m_object.constFind(name);
    if (found == m_object.constEnd()) {
        m_errors.add(fieldPath(key), tr("missing required field (expected %1)").arg(what));
        return std::nullopt;
    }
    const QJsonValue raw = found.value();
    if (raw.isNull() && !nullable) {
        typeError(key, what, false);
        return std::nullopt;
    }
    return raw;
}

void JsonObjectReader::typeError(const char* key, const QString& what, bool nullable) {
    m_errors.add(fieldPath(key),
                 nullable ? tr("expected %1 or null").arg(what) : tr("expected %1").arg(what));
}

void JsonObjectReader::reportUnknownEnum(const char* key, const QString& found,
                                         const QStringList& allowed) {
    m_errors.add(fieldPath(key), tr("unknown key \"%1\"; expected one of: %2")
                                     .arg(found, allowed.join(QStringLiteral(", "))));
}

QString JsonObjectReader::text(const char* key) {
    const QString what = tr("a string");
    const auto raw = take(key, false, what);
    if (!raw)
        return {};
    if (!raw->isString()) {
        typeError(key, what, false);
        return {};
    }
    return raw->toString();
}

QUuid JsonObjectReader::parseUuid(const QJsonValue& raw, const QString& path) {
    const QUuid parsed = QUuid::fromString(raw.toString());
    if (!raw.isString() || parsed.isNull()) {
        m_errors.add(path, tr("expected a UUID such as \"3f2b8c1e-5d4a-4b6f-9e1a-2c3d4e5f6a7b\""));
        return {};
    }
    return parsed;
}

QUuid JsonObjectReader::uuid(const char* key) {
    return uuidRef(key, false).uuid;
}

UuidRef JsonObjectReader::uuidRef(const char* key, bool nullable) {
    const auto raw = take(key, nullable, tr("a UUID"));
    if (!raw || raw->isNull())
        return {{}, fieldPath(key)};
    return {parseUuid(*raw, fieldPath(key)), fieldPath(key)};
}

int JsonObjectReader::integer(const char* key, int minimum, int maximum) {
    const QString what = tr("an integer");
    const auto raw = take(key, false, what);
    if (!raw)
        return minimum;
    const double number = raw->toDouble();
    if (!raw->isDouble() || std::floor(number) != number) {
        typeError(key, what, false);
        return minimum;
    }
    if (number < minimum || number > maximum) {
        // Without a bound of its own the range is int's, which means
        // nothing to a reader: say which side the number is on.
        QString problem;
        if (maximum != std::numeric_limits<int>::max())
            problem = tr("%1 is outside the range %2–%3").arg(number).arg(minimum).arg(maximum);
        else if (number < minimum)
            problem = tr("%1 is less than %2").arg(number).arg(minimum);
        else
            problem = tr("%1 is too large; the largest allowed is %2").arg(number).arg(maximum);
        m_errors.add(fieldPath(key), problem);
        return minimum;
    }
    return int(number);
}

std::optional<int> JsonObjectReader::nullableInteger(const char* key) {
    const QString what = tr("an integer");
    const auto raw = take(key, true, what);
    if (!raw || raw->isNull())
        return std::nullopt;
    const double number = raw->toDouble();
    if (!raw->isDouble() || std::floor(number) != number || std::abs(number) > 1e9) {
        typeError(key, what, true);
        return std::nullopt;
    }
    return int(number);
}

double JsonObjectReader::number(const char* key, double minimum, double maximum) {
    const QString what = tr("a number");
    const auto raw = take(key, false, what);
    if (!raw)
        return minimum;
    if (!raw->isDouble()) {
        typeError(key, what, false);
        return minimum;
    }
    const double value = raw->toDouble();
    if (!std::isfinite(value) || value < minimum || value > maximum) {
        m_errors.add(fieldPath(key),
                     tr("%1 is outside the range %2–%3").arg(value).arg(minimum).arg(maximum));
        return minimum;
    }
    return value;
}

bool JsonObjectReader::boolean(const char* key) {
    const QString what = tr("true or false");
    const auto raw = take(key, false, what);
    if (!raw)
        return false;
    if (!raw->isBool()) {
        typeError(key, what, false);
        return false;
    }
    return raw->toBool();
}

bool JsonObjectReader::present(const char* key) {
    const QString name = QLatin1String(key);
    m_read.insert(name);
    return m_isObject && m_object.contains(name);
}

bool JsonObjectReader::optionalBoolean(const char* key, bool fallback) {
    return present(key) ? boolean(key) : fallback;
}

QString JsonObjectReader::optionalText(const char* key) {
    return present(key) ? text(key) : QString();
}

int JsonObjectReader::optionalInteger(const char* key, int minimum, int maximum, int fallback) {
    return present(key) ? integer(key, minimum, maximum) : fallback;
}

QDateTime JsonObjectReader::optionalTimestamp(const char* key) {
    return present(key) ? timestamp(key, true) : QDateTime();
}

QDateTime JsonObjectReader::timestamp(const char* key, bool nullable) {
    const QString what = tr("a timestamp with time zone such as \"2024-05-01T09:30:00.000Z\"");
    const auto raw = take(key, nullable, what);
    if (!raw || raw->isNull())
        return {};
    const QDateTime parsed = QDateTime::fromString(raw->toString(), Qt::ISODateWithMs);
    // A timestamp without a zone would mean something else on every machine.
    if (!raw->isString() || !parsed.isValid() || parsed.timeSpec() == Qt::LocalTime) {
        typeError(key, what, nullable);
        return {};
    }
    return parsed.toUTC();
}

QDate JsonObjectReader::nullableDate(const char* key) {
    const QString what = tr("a date such as \"2024-05-01\"");
    const auto raw = take(key, true, what);
    if (!raw || raw->isNull())
        return {};
    const QString textValue = raw->toString();
    const QDate parsed = QDate::fromString(textValue, Qt::ISODate);
    if (!raw->isString() || textValue.size() != 10 || !parsed.isValid()) {
        typeError(key, what, true);
        return {};
    }
    return parsed;
}

QJsonArray JsonObjectReader::array(const char* key) {
    const QString what = tr("an array");
    const auto raw = take(key, false, what);
    if (!raw)
        return {};
    if (!raw->isArray()) {
        typeError(key, what, false);
        return {};
    }
    return raw->toArray();
}

QStringList JsonObjectReader::textList(const char* key) {
    QStringList out;
    const QJsonArray items = array(key);
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (!items.at(i).isString()) {
            m_errors.add(fieldPath(key) + QStringLiteral("[%1]").arg(i), tr("expected a string"));
            continue;
        }
        out.append(items.at(i).toString());
    }
    return out;
}

QList<UuidRef> JsonObjectReader::uuidRefList(const char* key) {
    QList<UuidRef> out;
    const QJsonArray items = array(key);
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString itemPath = fieldPath(key) + QStringLiteral("[%1]").arg(i);
        out.append({parseUuid(items.at(i), itemPath), itemPath});
    }
    return out;
}

QJsonValue JsonObjectReader::value(const char* key, bool nullable) {
    return take(key, nullable, tr("an object")).value_or(QJsonValue(QJsonValue::Undefined));
}

void JsonObjectReader::reportUnknownFields() {
    if (!m_isObject)
        return;
    QStringList known(m_read.cbegin(), m_read.cend());
    std::sort(known.begin(), known.end());
    for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it) {
        if (!m_read.contains(it.key())) {
            m_errors.add(
                m_path + QLatin1Char('.') + it.key(),
                tr("unknown field; expected only: %1").arg(known.join(QStringLiteral(", "))));
        }
    }
}

} // namespace debrief
