#include "ApplicationComparison.h"

#include "ComparisonDate.h"

namespace debrief {
namespace {

QString promisedText(const QDate& date) {
    return ComparisonDate::text(date, ApplicationComparison::tr("none promised"));
}

QString holdText(const Application& application) {
    if (!application.onHold)
        return ApplicationComparison::tr("No");
    return application.holdReason.isEmpty()
               ? ApplicationComparison::tr("Yes")
               : ApplicationComparison::tr("Yes: %1").arg(application.holdReason);
}

} // namespace

ComparedFields ApplicationComparison::fields(const Application& mine, const Application& theirs) {
    return {
        {tr("Stage"), toLabel(mine.stage), toLabel(theirs.stage)},
        {tr("Furthest stage"), toLabel(mine.furthestStage), toLabel(theirs.furthestStage)},
        {tr("Answer promised"), promisedText(mine.promisedResponseDate),
         promisedText(theirs.promisedResponseDate)},
        {tr("On hold"), holdText(mine), holdText(theirs)},
        {tr("Notes"), mine.notes, theirs.notes},
    };
}

ComparedFields ApplicationComparison::fields(const ApplicationChange& mine,
                                             const Application& theirs) {
    return fields(mine.appliedTo(theirs), theirs);
}

} // namespace debrief
