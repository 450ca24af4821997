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

// The forms timestamp() and date() write are read here directly: Qt's ISO
// parser accepts many more forms and takes three to four times as long per
// value, which shows when a report reads thousands of rows. Any other text,
// and any these do not read as a valid value, goes to Qt's parser.

/// The number in `text[from, from + digits)`, -1 when any is not a digit.
int digitsAt(QStringView text, qsizetype from, int digits) {
    int value = 0;
    for (qsizetype i = from; i < from + digits; ++i) {
        const char16_t c = text.at(i).unicode();
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c - u'0');
    }
    return value;
}

bool hasSeparators(QStringView text, std::initializer_list<std::pair<qsizetype, char16_t>> at) {
    for (const auto& [index, separator] : at) {
        if (text.at(index) != QChar(separator))
            return false;
    }
    return true;
}

/// "yyyy-MM-dd"; std::nullopt for any other text or an invalid date.
std::optional<QDate> canonicalDate(QStringView text) {
    if (text.size() != 10 || !hasSeparators(text, {{4, u'-'}, {7, u'-'}}))
        return std::nullopt;
    const int year = digitsAt(text, 0, 4);
    const int month = digitsAt(text, 5, 2);
    const int day = digitsAt(text, 8, 2);
    // -1 for a non-digit would be a valid year to QDate.
    if (year < 0 || month < 0 || day < 0 || !QDate::isValid(year, month, day))
        return std::nullopt;
    return QDate(year, month, day);
}

/// "yyyy-MM-ddTHH:mm:ss.zzzZ" (UTC, milliseconds: what timestamp() writes);
/// std::nullopt for any other text or an invalid date or time.
std::optional<QDateTime> canonicalTimestamp(QStringView text) {
    if (text.size() != 24 ||
        !hasSeparators(text, {{10, u'T'}, {13, u':'}, {16, u':'}, {19, u'.'}, {23, u'Z'}}))
        return std::nullopt;
    const std::optional<QDate> date = canonicalDate(text.first(10));
    const int hour = digitsAt(text, 11, 2);
    const int minute = digitsAt(text, 14, 2);
    const int second = digitsAt(text, 17, 2);
    const int millisecond = digitsAt(text, 20, 3);
    // QTime refuses -1 (a non-digit).
    if (!date || !QTime::isValid(hour, minute, second, millisecond))
        return std::nullopt;
    return QDateTime(*date, QTime(hour, minute, second, millisecond), Qt::UTC);
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
    if (const std::optional<QDate> date = canonicalDate(stored))
        return *date;
    return QDate::fromString(stored, Qt::ISODate);
}

QDateTime parseTimestamp(const QString& stored) {
    if (const std::optional<QDateTime> timestamp = canonicalTimestamp(stored))
        return *timestamp;
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
