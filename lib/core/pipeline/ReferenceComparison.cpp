#include "ReferenceComparison.h"

#include "ComparisonDate.h"

namespace debrief {
namespace {

QString contactedText(const QDate& date) {
    return ComparisonDate::text(date, ReferenceComparison::tr("not contacted"));
}

QString concernText(bool concern) {
    return concern ? ReferenceComparison::tr("Yes, a concern") : ReferenceComparison::tr("No");
}

} // namespace

ComparedFields ReferenceComparison::fields(const Reference& mine, const Reference& theirs) {
    return {
        {tr("Name"), mine.name, theirs.name},
        {tr("Relation"), mine.relation, theirs.relation},
        {tr("Contact"), mine.contact, theirs.contact},
        {tr("Contacted on"), contactedText(mine.contactedOn), contactedText(theirs.contactedOn)},
        {tr("Summary"), mine.summary, theirs.summary},
        {tr("Concern"), concernText(mine.concern), concernText(theirs.concern)},
    };
}

} // namespace debrief
