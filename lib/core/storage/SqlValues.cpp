#include "SqlValues.h"

#include <algorithm>
#include <array>

namespace debrief::sql {
namespace {

/// Writes `value` as `width` decimal digits, from `at` on.
template <std::size_t N>
void putDigits(std::array<char, N>& text, std::size_t at, int value, int width) {
    for (int i = width - 1; i >= 0; --i) {
        text[at + std::size_t(i)] = char('0' + value % 10);
        value /= 10;
    }
}

/// The ISO date of the years 1 to 9999, which Qt writes as four digits too;
/// formatted by hand since QDate::toString goes through the locale's
/// machinery, a measurable share of a large import's time.
bool isFourDigitYear(const QDate& date) {
    return date.year() >= 1 && date.year() <= 9999;
}

std::array<char, 10> isoDate(const QDate& date) {
    std::array<char, 10> text{};
    putDigits(text, 0, date.year(), 4);
    text[4] = '-';
    putDigits(text, 5, date.month(), 2);
    text[7] = '-';
    putDigits(text, 8, date.day(), 2);
    return text;
}

} // namespace

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
    if (!value.isValid())
        return {};
    if (!isFourDigitYear(value))
        return value.toString(Qt::ISODate);
    const std::array<char, 10> text = isoDate(value);
    return QString::fromLatin1(text.data(), qsizetype(text.size()));
}

QVariant timestamp(const QDateTime& value) {
    if (!value.isValid())
        return {};
    const QDateTime utc = value.toUTC();
    if (!isFourDigitYear(utc.date()))
        return utc.toString(Qt::ISODateWithMs);
    // yyyy-MM-ddTHH:mm:ss.zzzZ, as Qt::ISODateWithMs writes UTC.
    std::array<char, 24> text{};
    const std::array<char, 10> day = isoDate(utc.date());
    std::copy(day.cbegin(), day.cend(), text.begin());
    const QTime time = utc.time();
    text[10] = 'T';
    putDigits(text, 11, time.hour(), 2);
    text[13] = ':';
    putDigits(text, 14, time.minute(), 2);
    text[16] = ':';
    putDigits(text, 17, time.second(), 2);
    text[19] = '.';
    putDigits(text, 20, time.msec(), 3);
    text[23] = 'Z';
    return QString::fromLatin1(text.data(), qsizetype(text.size()));
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
