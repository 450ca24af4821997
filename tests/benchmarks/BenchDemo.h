#pragma once

#include "CrowdedDemo.h"

// The benchmarks' data: the demo (seed 1) on a given day, crowded, as the
// search tests have it (tests/core/CrowdedDemo.h).
namespace debrief::bench {

using test::writeCrowdedDemo;

} // namespace debrief::bench
