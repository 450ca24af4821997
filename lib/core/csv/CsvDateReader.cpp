#include "CsvDateReader.h"

#include "CsvHeaderNames.h"

#include <QDateTime>
#include <QLocale>
#include <QRegularExpression>
#include <QTimeZone>

#include <array>
#include <optional>

namespace debrief {
namespace {

/// An optional time after a date, as spreadsheets and ISO 8601 write it:
/// "T10:30:00Z", " 10:30", " 10:30:00.000+01:00", " 9:05 PM".
constexpr auto kTime = R"((?:(?:T|\s+)(?<hour>\d{1,2}):(?<minute>\d{2}))"
                       R"((?::(?<second>\d{2})(?:[.,]\d+)?)?\s*(?<ampm>[AaPp]\.?[Mm]\.?)?)"
                       R"(\s*(?<zone>Z|[+-]\d{2}(?::?\d{2})?)?)?$)";

const QRegularExpression& yearFirst() {
    static const QRegularExpression re(QStringLiteral(R"(^(\d{4})([-/.])(\d{1,2})\2(\d{1,2}))") +
                                       QLatin1String(kTime));
    return re;
}

/// 05.01.2026: the dot is the German, Swiss and Austrian way, always day first.
const QRegularExpression& dottedDayFirst() {
    static const QRegularExpression re(QStringLiteral(R"(^(\d{1,2})\.(\d{1,2})\.(\d{4}))") +
                                       QLatin1String(kTime));
    return re;
}

/// 05/01/2026 or 05-01-2026: day or month first, depending on the file.
const QRegularExpression& slashed() {
    static const QRegularExpression re(QStringLiteral(R"(^(\d{1,2})([/-])(\d{1,2})\2(\d{4}))") +
                                       QLatin1String(kTime));
    return re;
}

int number(const QRegularExpressionMatch& match, int group) {
    return match.capturedView(group).toInt();
}

/// The date as written, or, for a date-time with Z or an offset, the date
/// it was here; nullopt when the time is impossible.
std::optional<QDate> withTime(const QDate& date, const QRegularExpressionMatch& match) {
    if (!date.isValid())
        return std::nullopt;
    if (!match.hasCaptured(QStringLiteral("hour")))
        return date;
    int hour = match.capturedView(QStringLiteral("hour")).toInt();
    const int minute = match.capturedView(QStringLiteral("minute")).toInt();
    const int second = match.capturedView(QStringLiteral("second")).toInt();
    const QString ampm = match.captured(QStringLiteral("ampm")).toLower();
    if (!ampm.isEmpty()) {
        if (hour < 1 || hour > 12)
            return std::nullopt;
        hour = hour % 12 + (ampm.startsWith(QLatin1Char('p')) ? 12 : 0);
    }
    const QTime time(hour, minute, second);
    if (!time.isValid())
        return std::nullopt;
    const QString zone = match.captured(QStringLiteral("zone"));
    if (zone.isEmpty())
        return date;
    int offset = 0;
    if (zone != QLatin1String("Z")) {
        const QString digits = zone.mid(1).remove(QLatin1Char(':'));
        const int hours = digits.left(2).toInt();
        const int minutes = digits.mid(2).toInt();
        if (hours > 14 || minutes > 59)
            return std::nullopt;
        offset = (hours * 3600 + minutes * 60) * (zone.startsWith(QLatin1Char('-')) ? -1 : 1);
    }
    return QDateTime(date, time, QTimeZone(offset)).toLocalTime().date();
}

/// The month whose English, German or French name starts with `word`
/// (three letters at least, accents and dots ignored: "Jan", "janv.",
/// "März", "Mär", "févr", "Sept"); 0 when none or more than one.
int monthOf(const QString& word) {
    static const auto names = [] {
        std::array<QStringList, 13> byMonth;
        for (const auto language : {QLocale::English, QLocale::German, QLocale::French}) {
            const QLocale locale(language);
            for (int month = 1; month <= 12; ++month) {
                byMonth[month].append(
                    CsvHeaderNames::normalised(locale.monthName(month, QLocale::LongFormat)));
            }
        }
        return byMonth;
    }();
    const QString key = CsvHeaderNames::normalised(word);
    if (key.size() < 3)
        return 0;
    int found = 0;
    for (int month = 1; month <= 12; ++month) {
        for (const QString& name : names[month]) {
            if (name.startsWith(key)) {
                if (found != 0 && found != month)
                    return 0;
                found = month;
            }
        }
    }
    return found;
}

/// "5 Jan 2026", "Jan 5th, 2026", "05-Jan-2026", "5. März 2026",
/// "1er mars 2026", "Mon, 5 Jan 2026 10:30": one month name, a year of four
/// digits and a day, in any order; a leading weekday and a trailing time are
/// left aside.
QDate withMonthName(const QString& text) {
    static const QRegularExpression time(
        QStringLiteral(R"(\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp]\.?[Mm]\.?)?$)"));
    static const QRegularExpression separators(QStringLiteral(R"([\s,./\-]+)"));
    static const QRegularExpression day(QStringLiteral(R"(^(\d{1,2})(?:st|nd|rd|th|er|e)?$)"),
                                        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression year(QStringLiteral(R"(^\d{4}$)"));
    QString plain = text;
    plain.remove(time);
    QStringList tokens = plain.split(separators, Qt::SkipEmptyParts);
    if (tokens.size() == 4 && monthOf(tokens.first()) == 0 && !tokens.first().front().isDigit()) {
        tokens.removeFirst();
    }
    if (tokens.size() != 3)
        return {};
    int d = 0;
    int m = 0;
    int y = 0;
    for (const QString& token : std::as_const(tokens)) {
        if (const auto match = year.match(token); match.hasMatch() && y == 0) {
            y = token.toInt();
        } else if (const auto dayMatch = day.match(token); dayMatch.hasMatch() && d == 0) {
            d = dayMatch.capturedView(1).toInt();
        } else if (const int month = monthOf(token); month != 0 && m == 0) {
            m = month;
        } else {
            return {};
        }
    }
    return QDate(y, m, d);
}

} // namespace

CsvDateReader::OrderEvidence CsvDateReader::orderOf(const QStringList& values) {
    OrderEvidence evidence;
    for (int i = 0; i < values.size(); ++i) {
        const auto match = slashed().match(values.at(i).trimmed());
        if (!match.hasMatch())
            continue;
        const int first = number(match, 1);
        const int second = number(match, 3);
        DateOrder only = DateOrder::Detect;
        if (first > 12 && second >= 1 && second <= 12)
            only = DateOrder::DayFirst;
        else if (second > 12 && first >= 1 && first <= 12)
            only = DateOrder::MonthFirst;
        if (only == DateOrder::Detect)
            continue;
        if (evidence.order == DateOrder::Detect) {
            evidence.order = only;
            evidence.deciding = i;
        } else if (only != evidence.order && evidence.contradicting < 0) {
            evidence.contradicting = i;
        }
    }
    return evidence;
}

CsvDateReader::Reading CsvDateReader::read(const QString& input, DateOrder order) {
    const QString text = input.trimmed();
    const auto dated = [](const std::optional<QDate>& date) {
        return date ? Reading{Outcome::Date, *date, {}} : Reading{};
    };
    if (const auto match = yearFirst().match(text); match.hasMatch())
        return dated(withTime(QDate(number(match, 1), number(match, 3), number(match, 4)), match));
    if (const auto match = dottedDayFirst().match(text); match.hasMatch())
        return dated(withTime(QDate(number(match, 3), number(match, 2), number(match, 1)), match));
    if (const auto match = slashed().match(text); match.hasMatch()) {
        const int first = number(match, 1);
        const int second = number(match, 3);
        const int year = number(match, 4);
        const std::optional<QDate> dayFirst = withTime(QDate(year, second, first), match);
        const std::optional<QDate> monthFirst = withTime(QDate(year, first, second), match);
        if (order == DateOrder::DayFirst)
            return dated(dayFirst);
        if (order == DateOrder::MonthFirst)
            return dated(monthFirst);
        if (dayFirst && monthFirst && *dayFirst != *monthFirst)
            return {Outcome::Ambiguous, *dayFirst, *monthFirst};
        return dated(dayFirst ? dayFirst : monthFirst);
    }
    const QDate named = withMonthName(text);
    return named.isValid() ? Reading{Outcome::Date, named, {}} : Reading{};
}

} // namespace debrief
