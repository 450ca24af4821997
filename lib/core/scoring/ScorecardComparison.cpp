#include "ScorecardComparison.h"

#include "domain/Enums.h"

namespace debrief {
namespace {

QString scoreText(const CriterionRating* rating) {
    if (!rating || !rating->score)
        return ScorecardComparison::tr("not assessed");
    return QString::number(*rating->score);
}

QString recommendationText(const std::optional<Recommendation>& value) {
    return value ? toLabel(*value) : ScorecardComparison::tr("none");
}

} // namespace

ComparedFields ScorecardComparison::fields(const Rubric& rubric, const Scorecard& mine,
                                           const Scorecard& theirs) {
    ComparedFields rows;
    for (const Criterion& criterion : rubric.criteria) {
        const CriterionRating* my = mine.rating(criterion.id);
        const CriterionRating* their = theirs.rating(criterion.id);
        rows.append({tr("%1: score").arg(criterion.name), scoreText(my), scoreText(their)});
        rows.append({tr("%1: evidence").arg(criterion.name), my ? my->evidence : QString(),
                     their ? their->evidence : QString()});
    }
    rows.append({tr("Recommendation"), recommendationText(mine.recommendation),
                 recommendationText(theirs.recommendation)});
    rows.append({tr("Key takeaways"), mine.keyTakeaways, theirs.keyTakeaways});
    return rows;
}

} // namespace debrief
