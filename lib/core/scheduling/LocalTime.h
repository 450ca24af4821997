#pragma once

#include "Result.h"
#include "debrief_core_export.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QString>
#include <QTime>
#include <QTimeZone>

namespace debrief {

/// Wall-clock times in a time zone, as people type and read them when they
/// schedule an interview: turned into an instant (stored in UTC) with the
/// daylight-saving edges handled on purpose, and the zone named so nobody
/// has to guess which clock a time is on.
class DEBRIEF_CORE_EXPORT LocalTime {
    Q_DECLARE_TR_FUNCTIONS(LocalTime)

public:
    /// The instant that the clocks of `zone` show as `date` `time`. A time
    /// the clocks skip (spring forward) is an Error that says so; a time they
    /// show twice (fall back) is taken at its first occurrence, the one
    /// before the change, which is what people mean by "the 02:30 meeting".
    static Result<QDateTime> toInstant(const QDate& date, const QTime& time, const QTimeZone& zone);
    /// Reads "2026-03-02 09:30" (or with a "T", or with seconds) as a time
    /// on the clocks of `zone`; the Error names the form expected.
    static Result<QDateTime> parse(const QString& text, const QTimeZone& zone);
    /// The zone as a person can check it: "Europe/Berlin (UTC+01:00)", with
    /// the offset in force at `when` (summer and winter differ).
    static QString zoneName(const QTimeZone& zone, const QDateTime& when);
    /// The next day from Monday to Friday after `now`'s date in `zone`, at
    /// `hour`:00 there: where a new interview starts before anyone picks.
    static QDateTime nextWorkingDayAt(const QDateTime& now, const QTimeZone& zone, int hour = 10);
};

} // namespace debrief
