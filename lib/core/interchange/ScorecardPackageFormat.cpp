#include "ScorecardPackageFormat.h"

namespace debrief::scorecardformat {

QString formatMarker() {
    return QStringLiteral("debrief-scorecards");
}

} // namespace debrief::scorecardformat
