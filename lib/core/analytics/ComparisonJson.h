#pragma once

#include "ComparisonContext.h"
#include "ComparisonInput.h"
#include "ComparisonReport.h"
#include "debrief_core_export.h"

#include <QJsonDocument>
#include <QString>

namespace debrief {

/// The finalist comparison as a "debrief-comparison" JSON document
/// (docs/COMPARE.md): what `debrief-cli compare --json` prints, so scripts
/// and reports get exactly the numbers the comparison view shows.
///
/// Numbers keep full double precision (Qt writes the shortest text that
/// reads back to the same double); rounding is for whoever displays them.
/// Undefined figures are null, never 0. Finalists, panelists and criteria
/// are referred to by their index in the document's own lists.
class DEBRIEF_CORE_EXPORT ComparisonJson {
public:
    static constexpr int kVersion = 1;
    static QString formatName() { return QStringLiteral("debrief-comparison"); }

    static QJsonDocument write(const ComparisonContext& context, const ComparisonInput& input,
                               const ComparisonReport& report);
    /// The stable text key of a verdict, leniency or measurement level.
    static QString key(TieVerdict verdict);
    static QString key(Leniency leniency);
    static QString key(MeasurementLevel level);
};

} // namespace debrief
