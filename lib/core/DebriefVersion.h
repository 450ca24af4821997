#pragma once

#include "debrief_core_export.h"

#include <QString>

namespace debrief {

/// The application's version, as set in the top-level CMakeLists.txt.
DEBRIEF_CORE_EXPORT QString applicationVersion();

} // namespace debrief
