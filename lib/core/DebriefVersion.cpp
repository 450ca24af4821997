#include "DebriefVersion.h"

namespace debrief {

QString applicationVersion() {
    return QStringLiteral(DEBRIEF_VERSION);
}

} // namespace debrief
