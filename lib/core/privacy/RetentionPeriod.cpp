#include "RetentionPeriod.h"

#include <QRegularExpression>

namespace debrief {

Result<RetentionPeriod> RetentionPeriod::fromText(const QString& text) {
    static const QRegularExpression form(QStringLiteral(R"(^\s*(\d{1,5})\s*([dmyDMY])\s*$)"));
    const QRegularExpressionMatch match = form.match(text);
    const Error unreadable{tr("“%1” is not a retention period: write a number of days, months or "
                              "years such as 180d, 12m or 2y.")
                               .arg(text.left(40))};
    if (!match.hasMatch())
        return unreadable;
    RetentionPeriod period;
    period.count = match.captured(1).toInt();
    const QChar unit = match.captured(2).front().toLower();
    period.unit = unit == u'd' ? Unit::Days : Unit::Months;
    if (unit == u'y')
        period.count *= 12;
    if (const QString problem = period.problem(); !problem.isEmpty())
        return Error{problem};
    return period;
}

QString RetentionPeriod::toText() const {
    return QString::number(count) + (unit == Unit::Days ? u'd' : u'm');
}

QString RetentionPeriod::toDisplayText() const {
    return unit == Unit::Days ? tr("%n day(s)", "", count) : tr("%n month(s)", "", count);
}

QString RetentionPeriod::problem() const {
    const int most = unit == Unit::Days ? kMaxDays : kMaxMonths;
    if (count < 1 || count > most) {
        return unit == Unit::Days
                   ? tr("A retention period is 1 to %1 days, not %2.").arg(most).arg(count)
                   : tr("A retention period is 1 to %1 months, not %2.").arg(most).arg(count);
    }
    return {};
}

QDate RetentionPeriod::cutoff(const QDate& today) const {
    return unit == Unit::Days ? today.addDays(-count) : today.addMonths(-count);
}

} // namespace debrief
