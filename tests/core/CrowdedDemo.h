#pragma once

#include "Result.h"
#include "domain/RowId.h"

#include <QDate>

namespace debrief {
class Database;
}

namespace debrief::test {

/// Writes the demo (seed 1, as on `today`) into `db` with `extra` more
/// candidates, all in the opening ready for its debrief, and gives that
/// opening's id: the crowded candidate list of the search tests and the
/// benchmarks.
Result<RowId> writeCrowdedDemo(Database& db, const QDate& today, int extra);

} // namespace debrief::test
