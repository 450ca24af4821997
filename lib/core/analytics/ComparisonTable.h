#pragma once

#include "ComparisonContext.h"
#include "ComparisonInput.h"
#include "ComparisonReport.h"
#include "debrief_core_export.h"

#include <QCoreApplication>
#include <QString>

namespace debrief {

/// The finalist comparison as plain text for a terminal: what
/// `debrief-cli compare` prints without --json. The same numbers as
/// ComparisonJson, rounded for reading (totals and offsets to 0.1 points,
/// means to 0.01, probabilities and agreement to 0.01).
class DEBRIEF_CORE_EXPORT ComparisonTable {
    Q_DECLARE_TR_FUNCTIONS(ComparisonTable)

public:
    static QString write(const ComparisonContext& context, const ComparisonInput& input,
                         const ComparisonReport& report);

private:
    static QString header(const ComparisonContext& context, const ComparisonInput& input);
    static QString totals(const RatingMatrix& matrix, const ComparisonReport& report);
    static QString criteria(const RatingMatrix& matrix, const ComparisonReport& report);
    static QString pairs(const RatingMatrix& matrix, const TieReport& ties);
    static QString panelists(const RatingMatrix& matrix, const CalibrationReport& calibration);
    static QString agreement(const RatingMatrix& matrix, const CalibrationReport& calibration);
};

} // namespace debrief
