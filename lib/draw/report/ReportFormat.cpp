#include "ReportFormat.h"

#include "analytics/ComparisonCellText.h"

namespace debrief::report {

QString ReportFormat::number(double value, int decimals) const {
    // The comparison table's numbers, so the PDF writes them as the window does.
    return ComparisonCellText::number(value, decimals, m_locale);
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
