#pragma once

#include "domain/RowId.h"

#include <QString>

namespace debrief {
class Database;
}

namespace debrief::test {

/// A tiny database for the scorecard GUI tests, written through the
/// repositories: one opening with a lead (Pat) and two panelists (Sam, Kim),
/// a two-criterion rubric and one interview held by all three.
struct ScoringSample {
    RowId opening = kNoRow;
    RowId application = kNoRow;
    RowId interview = kNoRow;
    RowId lead = kNoRow;
    RowId sam = kNoRow;
    RowId kim = kNoRow;
    RowId design = kNoRow;        // criterion 1, scale 1–5
    RowId communication = kNoRow; // criterion 2, scale 1–4

    /// Fills `db`; returns an empty string on success, else what failed.
    QString fill(Database& db);
};

} // namespace debrief::test
