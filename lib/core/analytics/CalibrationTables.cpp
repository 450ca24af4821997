#include "CalibrationTables.h"

#include "CalibrationGuide.h"
#include "ComparisonCellText.h"
#include "PanelCalibration.h"

namespace debrief {
namespace {

QString signedNumber(const std::optional<double>& value, const QLocale& locale) {
    if (!value)
        return ComparisonCellText::dash();
    const QString text = ComparisonCellText::number(*value, 1, locale);
    return *value > 0 && text != ComparisonCellText::number(0.0, 1, locale)
               ? QStringLiteral("+") + text
               : text;
}

QString yesNo(bool value) {
    return value ? CalibrationTables::tr("yes") : CalibrationTables::tr("no");
}

} // namespace

CalibrationTable CalibrationTables::leniency(const RatingMatrix& matrix,
                                             const CalibrationReport& calibration,
                                             const QLocale& locale) {
    CalibrationTable table;
    table.headers = {tr("Panelist"),       tr("Offset (points)"), tr("Spread"),
                     tr("Shared ratings"), tr("Candidates"),      tr("Reading")};
    table.numericColumns = {1, 2, 3, 4};
    for (const PanelistCalibration& p : calibration.panelists) {
        table.rows.append(
            {matrix.panelists().at(p.panelist).name, signedNumber(p.meanOffset, locale),
             ComparisonCellText::number(p.offsetSpread, 1, locale), QString::number(p.comparisons),
             QString::number(p.finalists), PanelCalibration::label(p.leniency)});
        if (p.leniency == Leniency::Lenient || p.leniency == Leniency::Severe)
            table.highlighted.append({int(table.rows.size() - 1), 5});
    }
    table.caption = tr("How each panelist scores compared with the rest of the panel");
    return table;
}

CalibrationTable CalibrationTables::agreement(const RatingMatrix& matrix,
                                              const CalibrationReport& calibration,
                                              const QLocale& locale) {
    CalibrationTable table;
    table.headers = {tr("Criterion"), tr("ICC(1,1)"), tr("ICC(2,1)"), tr("ICC(3,1)"),
                     tr("Alpha"),     tr("Reading"),  tr("Based on")};
    table.numericColumns = {1, 2, 3, 4};
    for (const CriterionAgreement& a : calibration.criteria) {
        const QString basis = a.alpha.alpha ? tr("%1 candidates, %2 panelists, %3 scores")
                                                  .arg(a.alpha.units)
                                                  .arg(a.alpha.coders)
                                                  .arg(a.alpha.pairableValues)
                                            : ComparisonCellText::dash();
        table.rows.append({matrix.criteria().at(a.criterion).name,
                           ComparisonCellText::number(a.icc.icc1, 2, locale),
                           ComparisonCellText::number(a.icc.icc2, 2, locale),
                           ComparisonCellText::number(a.icc.icc3, 2, locale),
                           ComparisonCellText::number(a.alpha.alpha, 2, locale),
                           CalibrationGuide::agreementReading(a.alpha.alpha), basis});
        if (CalibrationGuide::isWeak(a.alpha.alpha))
            table.highlighted.append({int(table.rows.size() - 1), 5});
    }
    table.caption = tr("How well the panel agrees on each criterion");
    return table;
}

CalibrationTable CalibrationTables::halo(const RatingMatrix& matrix,
                                         const CalibrationReport& calibration) {
    CalibrationTable table;
    table.headers = {tr("Panelist"), tr("Scorecards checked"), tr("Flat scorecards"),
                     tr("Halo flag")};
    table.numericColumns = {1, 2};
    for (const PanelistCalibration& p : calibration.panelists) {
        table.rows.append({matrix.panelists().at(p.panelist).name,
                           QString::number(p.haloEligibleScorecards),
                           QString::number(p.flatScorecards), yesNo(p.halo)});
        if (p.halo)
            table.highlighted.append({int(table.rows.size() - 1), 3});
    }
    table.caption = tr("Scorecards that score every criterion nearly the same");
    return table;
}

QStringList CalibrationTables::haloFlagged(const RatingMatrix& matrix,
                                           const CalibrationReport& calibration) {
    QStringList flagged;
    for (const PanelistCalibration& p : calibration.panelists) {
        if (p.halo)
            flagged.append(matrix.panelists().at(p.panelist).name);
    }
    return flagged;
}

} // namespace debrief
