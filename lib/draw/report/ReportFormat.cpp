#include "ReportFormat.h"

#include <QtMath>

#include <cmath>

namespace debrief::report {

QString ReportFormat::number(double value, int decimals) const {
    // −0.001 rounds to "-0.00"; a reader sees a sign where there is none.
    const double scale = std::pow(10.0, decimals);
    if (std::round(value * scale) == 0.0)
        value = 0.0;
    return m_locale.toString(value, 'f', decimals);
}

QString ReportFormat::number(const std::optional<double>& value, int decimals) const {
    return value ? number(*value, decimals) : dash();
}

QString ReportFormat::percent(double share) const {
    return tr("%1%").arg(m_locale.toString(qRound(share * 100.0)));
}

QString ReportFormat::date(const QDate& date) const {
    // Day, abbreviated month and year read the same way in every country,
    // unlike 04/05/2026.
    return date.isValid() ? m_locale.toString(date, QStringLiteral("d MMM yyyy")) : dash();
}

QString ReportFormat::dateTime(const QDateTime& when) const {
    return when.isValid() ? m_locale.toString(when, QStringLiteral("d MMM yyyy, HH:mm")) : dash();
}

QString ReportFormat::yesNo(bool value) {
    return value ? tr("yes") : tr("no");
}

} // namespace debrief::report
