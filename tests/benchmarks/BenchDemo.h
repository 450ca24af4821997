#pragma once

#include "Result.h"
#include "demo/DemoDataGenerator.h"
#include "domain/RowId.h"
#include "storage/Database.h"
#include "storage/OpeningRepository.h"

#include <QDate>

// The benchmarks' data: the demo (seed 1) on a given day, crowded.
namespace debrief::bench {

/// Writes the demo into `db` with `extra` candidates, all in the opening
/// ready for its debrief, and gives that opening's id.
inline Result<RowId> writeCrowdedDemo(Database& db, const QDate& today, int extra) {
    DemoDataGenerator::Options options;
    options.seed = 1;
    options.today = today;
    options.extraCandidates = extra;
    options.extraCandidatesInOneOpening = true;
    auto written = DemoDataGenerator(options).generate(db);
    if (!written)
        return written.error();
    auto opening = OpeningRepository(db).findByUuid(written->debriefOpeningUuid);
    if (!opening)
        return opening.error();
    if (!opening->has_value())
        return Error{QStringLiteral("The demo has no opening ready for its debrief.")};
    return (*opening)->id;
}

} // namespace debrief::bench
