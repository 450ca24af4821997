#pragma once

#include "debrief_draw_export.h"
#include "domain/Enums.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QLocale>
#include <QString>

#include <optional>

namespace debrief::report {

/// How the reports write numbers, dates and missing values, in one place so
/// that every report (and its tests) spells them the same way, in the
/// report's locale.
class DEBRIEF_DRAW_EXPORT ReportFormat {
    Q_DECLARE_TR_FUNCTIONS(ReportFormat)

public:
    explicit ReportFormat(QLocale locale = QLocale())
        : m_locale(std::move(locale)) {}

    const QLocale& locale() const { return m_locale; }
    /// "75.6" with `decimals` digits after the point.
    QString number(double value, int decimals = 1) const;
    /// number(), or a dash for a missing value.
    QString number(const std::optional<double>& value, int decimals = 1) const;
    /// "83 %" (in the locale's way) of a share in 0..1.
    QString percent(double share) const;
    /// "26 Nov 2026", or a dash for an invalid date.
    QString date(const QDate& date) const;
    QString dateTime(const QDateTime& when) const;
    /// "yes" / "no".
    static QString yesNo(bool value);
    /// The dash that stands for "nothing to show".
    static QString dash() { return QStringLiteral("–"); }

private:
    QLocale m_locale;
};

} // namespace debrief::report
