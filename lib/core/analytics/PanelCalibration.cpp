#include "PanelCalibration.h"

#include "IntraclassCorrelation.h"
#include "KrippendorffAlpha.h"
#include "RatingMatrix.h"

#include <cmath>
#include <optional>

namespace debrief {

namespace {

/// The mean normalised score of everyone but `panelist` on one cell.
std::optional<double> othersMean(const RatingMatrix& matrix, int finalist, int panelist,
                                 int criterion) {
    double sum = 0.0;
    int count = 0;
    for (int q = 0; q < matrix.panelistCount(); ++q) {
        if (q == panelist)
            continue;
        if (const auto value = matrix.normalisedScore(finalist, q, criterion)) {
            sum += *value;
            ++count;
        }
    }
    if (count == 0)
        return std::nullopt;
    return sum / count;
}

void measureLeniency(const RatingMatrix& matrix, const CalibrationOptions& options,
                     PanelistCalibration& result) {
    QList<double> offsets;
    for (int f = 0; f < matrix.finalistCount(); ++f) {
        bool compared = false;
        for (int c = 0; c < matrix.criterionCount(); ++c) {
            const auto own = matrix.normalisedScore(f, result.panelist, c);
            const auto others = othersMean(matrix, f, result.panelist, c);
            if (!own || !others)
                continue;
            offsets.append(100.0 * (*own - *others));
            compared = true;
        }
        result.finalists += compared ? 1 : 0;
    }
    result.comparisons = int(offsets.size());
    if (offsets.isEmpty())
        return;
    double sum = 0.0;
    for (double offset : offsets)
        sum += offset;
    const double mean = sum / double(offsets.size());
    result.meanOffset = mean;
    if (offsets.size() >= 2) {
        double squares = 0.0;
        for (double offset : offsets)
            squares += (offset - mean) * (offset - mean);
        result.offsetSpread = std::sqrt(squares / double(offsets.size() - 1));
    }
    if (result.comparisons < options.leniencyMinimumComparisons)
        return;
    if (mean >= options.leniencyThreshold)
        result.leniency = Leniency::Lenient;
    else if (mean <= -options.leniencyThreshold)
        result.leniency = Leniency::Severe;
    else
        result.leniency = Leniency::Typical;
}

/// Population standard deviation of one scorecard's normalised scores, or
/// std::nullopt when it has too few assessed criteria to judge.
std::optional<double> cardSpread(const RatingMatrix& matrix, int finalist, int panelist,
                                 int minimumCriteria) {
    QList<double> values;
    for (int c = 0; c < matrix.criterionCount(); ++c) {
        if (const auto value = matrix.normalisedScore(finalist, panelist, c))
            values.append(*value);
    }
    if (values.size() < minimumCriteria || values.isEmpty())
        return std::nullopt;
    double mean = 0.0;
    for (double v : values)
        mean += v / double(values.size());
    double squares = 0.0;
    for (double v : values)
        squares += (v - mean) * (v - mean);
    return std::sqrt(squares / double(values.size()));
}

void measureHalo(const RatingMatrix& matrix, const CalibrationOptions& options,
                 PanelistCalibration& result) {
    for (int f = 0; f < matrix.finalistCount(); ++f) {
        const auto spread = cardSpread(matrix, f, result.panelist, options.haloMinimumCriteria);
        if (!spread)
            continue;
        ++result.haloEligibleScorecards;
        // A hair of tolerance so that "exactly the limit" is flat on every platform.
        if (*spread <= options.haloMaximumSpread + 1e-12)
            ++result.flatScorecards;
    }
    result.halo = result.haloEligibleScorecards >= options.haloMinimumScorecards &&
                  2 * result.flatScorecards > result.haloEligibleScorecards;
}

} // namespace

PanelistCalibration PanelCalibration::panelist(const RatingMatrix& matrix, int panelist,
                                               const CalibrationOptions& options) {
    PanelistCalibration result;
    result.panelist = panelist;
    measureLeniency(matrix, options, result);
    measureHalo(matrix, options, result);
    return result;
}

CalibrationReport PanelCalibration::analyse(const RatingMatrix& matrix,
                                            const CalibrationOptions& options) {
    CalibrationReport report;
    report.options = options;
    for (int p = 0; p < matrix.panelistCount(); ++p)
        report.panelists.append(panelist(matrix, p, options));
    for (int c = 0; c < matrix.criterionCount(); ++c) {
        CriterionAgreement agreement;
        agreement.criterion = c;
        agreement.icc = IntraclassCorrelation::compute(matrix, c);
        agreement.alpha = KrippendorffAlpha::compute(matrix, c, MeasurementLevel::Ordinal);
        report.criteria.append(agreement);
    }
    return report;
}

QString PanelCalibration::label(Leniency value) {
    switch (value) {
    case Leniency::Typical:
        return tr("in line with the panel");
    case Leniency::Lenient:
        return tr("lenient");
    case Leniency::Severe:
        return tr("severe");
    case Leniency::Unknown:
        break;
    }
    return tr("too few shared ratings to tell");
}

} // namespace debrief
