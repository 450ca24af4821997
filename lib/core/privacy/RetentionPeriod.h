#pragma once

#include "Result.h"
#include "debrief_core_export.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace debrief {

/// How long a panel keeps the personal data of candidates it rejected (or
/// who withdrew) after the last thing that happened on their applications:
/// a number of days or months. Written as "12m" or "180d" (and "2y" is read
/// as 24 months) in the database and on the command line.
struct DEBRIEF_CORE_EXPORT RetentionPeriod {
    Q_DECLARE_TR_FUNCTIONS(RetentionPeriod)

public:
    enum class Unit { Days, Months };

    /// The longest period accepted: ten years, in either unit.
    static constexpr int kMaxMonths = 120;
    static constexpr int kMaxDays = 3660;

    int count = 12;
    Unit unit = Unit::Months;

    /// "12m", "180d", "2y" (case and spaces do not matter); an error names
    /// what was given and what is accepted.
    static Result<RetentionPeriod> fromText(const QString& text);
    /// The stored form: "12m" or "180d".
    QString toText() const;
    /// In words for people: "12 months", "180 days".
    QString toDisplayText() const;
    /// Empty when the period can be used, else why not.
    QString problem() const;

    /// The first day that is not yet past the period on `today`: activity
    /// on an earlier day is older than the period.
    QDate cutoff(const QDate& today) const;

    friend bool operator==(const RetentionPeriod&, const RetentionPeriod&) = default;
};

} // namespace debrief
