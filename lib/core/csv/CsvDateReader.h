#pragma once

#include "debrief_core_export.h"

#include <QDate>
#include <QString>
#include <QStringList>

namespace debrief {

/// Which comes first in a numeric date such as 03/04/2026.
enum class DateOrder {
    /// Decided per file from dates that fit only one order (13/04/2026).
    Detect,
    DayFirst,
    MonthFirst
};

/// Reads the dates candidate exports and spreadsheets write: ISO 8601 dates
/// and date-times (with Z or an offset: the date in this computer's time
/// zone), Excel's "2026-01-05 10:30:00", 05.01.2026 (day first), 05/01/2026
/// and 01/05/2026 (order per file), and dates with an English, German or
/// French month name ("5 Jan 2026", "Jan 5, 2026", "05-Jan-2026",
/// "5. März 2026", "3 février 2026"). It never guesses: a numeric date that
/// reads both ways in a file that does not decide the order is ambiguous.
class DEBRIEF_CORE_EXPORT CsvDateReader {
public:
    /// What the values of one column say about their day/month order.
    struct OrderEvidence {
        /// Detect when no value decides.
        DateOrder order = DateOrder::Detect;
        /// The first value that decides (index into the values), or -1.
        int deciding = -1;
        /// The first later value that only fits the other order, or -1.
        int contradicting = -1;
    };

    enum class Outcome { Date, NotADate, Ambiguous };
    struct Reading {
        Outcome outcome = Outcome::NotADate;
        QDate date;
        /// For Ambiguous: the date when the month comes first.
        QDate monthFirst;
    };

    static OrderEvidence orderOf(const QStringList& values);
    /// Reads one value; `order` Detect reads only what has one meaning.
    static Reading read(const QString& text, DateOrder order);
};

} // namespace debrief
