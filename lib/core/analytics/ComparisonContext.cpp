#include "ComparisonContext.h"

#include "storage/OpeningRepository.h"
#include "storage/RubricRepository.h"

namespace debrief {

Result<ComparisonContext> ComparisonContext::load(Database& db, RowId openingId, RowId rubricId) {
    auto opening = OpeningRepository(db).get(openingId);
    if (!opening)
        return opening.error();
    ComparisonContext context;
    context.openingId = opening->id;
    context.openingUuid = opening->uuid;
    context.openingTitle = opening->title;
    if (rubricId == kNoRow)
        return context;
    auto rubric = RubricRepository(db).get(rubricId);
    if (!rubric)
        return rubric.error();
    context.rubricId = rubric->id;
    context.rubricUuid = rubric->uuid;
    context.rubricVersion = rubric->version;
    return context;
}

} // namespace debrief
