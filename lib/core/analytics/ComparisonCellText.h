#pragma once

#include "ComparisonReport.h"
#include "RatingMatrix.h"
#include "debrief_core_export.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>

#include <optional>

namespace debrief {

/// The texts of the comparison table's cells, written once for Compare
/// Finalists and the comparison report so both show the same numbers the
/// same way: "3.5 (3, 4) ±0.7" per criterion, "75.0 of 100 [70–81]" for the
/// weighted total, and "hidden" where blind scoring keeps every score of a
/// finalist from the viewer (never "not assessed", which would be untrue).
class DEBRIEF_CORE_EXPORT ComparisonCellText {
    Q_DECLARE_TR_FUNCTIONS(ComparisonCellText)

public:
    /// `report` was computed from `matrix`; `hidden` says whether blind
    /// scoring hides cards of this finalist from the viewer.
    static QString criterion(const RatingMatrix& matrix, const ComparisonReport& report,
                             int finalist, int criterion, bool hidden, const QLocale& locale);
    static QString total(const ComparisonReport& report, int finalist, bool hidden,
                         const QLocale& locale);
    /// `value` with `decimals` places in `locale`, never "-0.0".
    static QString number(double value, int decimals, const QLocale& locale);
    static QString number(const std::optional<double>& value, int decimals, const QLocale& locale);
    /// What a cell shows for a missing figure.
    static QString dash() { return QStringLiteral("–"); }
};

} // namespace debrief
