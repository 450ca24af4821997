#pragma once

#include "domain/RowId.h"

#include <QDate>
#include <QString>

namespace debrief {
class Database;
}

namespace debrief::test {

/// A small, known database for the GUI tests, written through the
/// repositories: three openings, eight applications with promised dates
/// around kToday, one interview with a submitted and a draft scorecard.
struct SampleDatabase {
    /// The day the tests pretend it is.
    static QDate today() { return {2024, 6, 10}; }

    RowId backendOpening = kNoRow; // open, 2 finalists: the debrief opening
    RowId designOpening = kNoRow;  // open, no finalists
    RowId analystOpening = kNoRow; // on hold, 1 candidate in offer
    RowId aliceApplication = kNoRow;

    /// Fills `db`; returns an empty string on success, else what failed.
    QString fill(Database& db);
};

} // namespace debrief::test
