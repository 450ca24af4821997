#pragma once

#include "CalibrationReport.h"
#include "debrief_core_export.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>
#include <QStringList>

#include <optional>

namespace debrief {

/// The words that go with PanelCalibration's figures: the reading guide,
/// the notes under its tables and the reading of an agreement figure.
/// Written once so the calibration report and the Calibration tab of
/// Compare Finalists explain the same numbers the same way.
class DEBRIEF_CORE_EXPORT CalibrationGuide {
    Q_DECLARE_TR_FUNCTIONS(CalibrationGuide)

public:
    /// "How to read these figures".
    static QString heading();
    /// The guide's paragraphs, with the limits in force: what calibration
    /// is for, leniency, agreement, halo.
    static QStringList paragraphs(const CalibrationOptions& options, const QLocale& locale);
    /// What the leniency table's offset and spread mean.
    static QString leniencyNote();
    /// What the agreement table's ICCs and alpha rest on.
    static QString agreementNote();
    /// The reading of an agreement figure: "good" from 0.8, "fair" from
    /// 0.667, "weak" above 0, "none beyond chance" at or below 0.
    static QString agreementReading(const std::optional<double>& alpha);
    /// Whether an agreement figure is below "fair" (tinted in tables).
    static bool isWeak(const std::optional<double>& alpha);
    /// The sentence under the halo table: who, if anyone, is flagged.
    static QString haloSummary(const QStringList& flaggedNames);
};

} // namespace debrief
