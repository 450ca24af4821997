#include "LocalTime.h"

#include <QRegularExpression>

namespace debrief {
namespace {

/// The shifts of real time zones are whole or half hours (Lord Howe Island
/// moves by 30 minutes); trying both finds the earlier of two instants.
constexpr qint64 kShiftsSeconds[] = {3600, 1800};

bool showsAs(const QDateTime& instant, const QTimeZone& zone, const QDate& date,
             const QTime& time) {
    const QDateTime there = instant.toTimeZone(zone);
    return there.date() == date && there.time() == time;
}

} // namespace

Result<QDateTime> LocalTime::toInstant(const QDate& date, const QTime& time,
                                       const QTimeZone& zone) {
    if (!date.isValid() || !time.isValid())
        return Error{tr("Choose a date and a time.")};
    if (!zone.isValid())
        return Error{tr("The time zone is not known on this computer.")};
    const QDateTime candidate(date, time, zone);
    // Qt gives no valid date-time for a time the clocks skip.
    if (!candidate.isValid() || !showsAs(candidate, zone, date, time)) {
        return Error{tr("%1 %2 does not exist in %3: the clocks skip that time when summer time "
                        "begins. Choose a time after the change.")
                         .arg(date.toString(Qt::ISODate), time.toString(QStringLiteral("HH:mm")),
                              QString::fromUtf8(zone.id()))};
    }
    for (const qint64 shift : kShiftsSeconds) {
        const QDateTime earlier = candidate.addSecs(-shift);
        if (showsAs(earlier, zone, date, time))
            return earlier.toUTC();
    }
    return candidate.toUTC();
}

Result<QDateTime> LocalTime::parse(const QString& text, const QTimeZone& zone) {
    static const QRegularExpression form(
        QStringLiteral("^\\s*(\\d{4}-\\d{2}-\\d{2})[T ](\\d{1,2}:\\d{2}(?::\\d{2})?)\\s*$"));
    const QRegularExpressionMatch match = form.match(text);
    const QDate date =
        match.hasMatch() ? QDate::fromString(match.captured(1), Qt::ISODate) : QDate();
    QTime time;
    if (match.hasMatch()) {
        const QString clock = match.captured(2);
        time =
            QTime::fromString(clock, clock.count(QLatin1Char(':')) == 2 ? QStringLiteral("H:mm:ss")
                                                                        : QStringLiteral("H:mm"));
    }
    if (!date.isValid() || !time.isValid())
        return Error{tr("“%1” is not a date and time: write it as YYYY-MM-DD HH:MM, for example "
                        "2026-03-02 09:30.")
                         .arg(text)};
    return toInstant(date, time, zone);
}

QString LocalTime::zoneName(const QTimeZone& zone, const QDateTime& when) {
    const QString id = QString::fromUtf8(zone.id());
    const QDateTime at = when.isValid() ? when : QDateTime::currentDateTimeUtc();
    const QString offset = zone.displayName(at, QTimeZone::OffsetName);
    return offset.isEmpty() || offset == id ? id : tr("%1 (%2)").arg(id, offset);
}

QDateTime LocalTime::nextWorkingDayAt(const QDateTime& now, const QTimeZone& zone, int hour) {
    QDate day = now.toTimeZone(zone).date().addDays(1);
    while (day.dayOfWeek() > 5)
        day = day.addDays(1);
    auto instant = toInstant(day, QTime(hour, 0), zone);
    // Only a zone whose clocks skip that very hour gets here: an hour later exists.
    return instant ? *instant : QDateTime(day, QTime(hour + 1, 0), zone).toUTC();
}

} // namespace debrief
