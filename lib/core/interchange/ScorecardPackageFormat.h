#pragma once

#include "debrief_core_export.h"

#include <QString>

namespace debrief {

/// The constants of the "debrief-scorecards" JSON format (docs/INTERCHANGE.md),
/// shared by ScorecardPackageExporter and ScorecardPackageImporter. Values
/// (uuids, timestamps) are spelled as in the "debrief-opening" format.
namespace scorecardformat {

/// The value of the top-level "format" field.
DEBRIEF_CORE_EXPORT QString formatMarker();
/// The format version this build writes and the newest it can read.
inline constexpr int kFormatVersion = 1;

} // namespace scorecardformat
} // namespace debrief
