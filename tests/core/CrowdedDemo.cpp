#include "CrowdedDemo.h"

#include "demo/DemoDataGenerator.h"
#include "storage/Database.h"
#include "storage/OpeningRepository.h"

namespace debrief::test {

Result<RowId> writeCrowdedDemo(Database& db, const QDate& today, int extra) {
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

} // namespace debrief::test
