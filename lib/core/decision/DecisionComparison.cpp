#include "DecisionComparison.h"

#include "DecisionWorkflow.h"
#include "domain/Enums.h"
#include "storage/ApplicationRepository.h"
#include "storage/CandidateRepository.h"
#include "storage/PanelistRepository.h"
#include "storage/RubricRepository.h"

#include <QHash>

namespace debrief {
namespace {

QString outcomeText(const Decision& decision, RowId applicationId) {
    for (const DecisionOutcome& o : decision.outcomes) {
        if (o.applicationId != applicationId)
            continue;
        if (o.role == DecisionRole::RunnerUp)
            return DecisionComparison::tr("Runner-up %1").arg(o.rank);
        return toLabel(o.role);
    }
    return DecisionComparison::tr("not named");
}

QString flagText(bool flag) {
    return flag ? DecisionComparison::tr("Yes") : DecisionComparison::tr("No");
}

} // namespace

Result<ComparedFields> DecisionComparison::fields(Database& db, const DecisionRequest& mine,
                                                  const Decision& theirs) {
    const Decision my = DecisionWorkflow::asDecision(mine);
    // Every finalist either version names, in the order mine lists them.
    QList<RowId> finalists;
    for (const Decision* d : {&my, &theirs}) {
        for (const DecisionOutcome& o : d->outcomes) {
            if (!finalists.contains(o.applicationId))
                finalists.append(o.applicationId);
        }
    }
    ComparedFields rows;
    for (RowId id : std::as_const(finalists)) {
        auto application = ApplicationRepository(db).get(id);
        if (!application)
            return application.error();
        auto candidate = CandidateRepository(db).get(application->candidateId);
        if (!candidate)
            return candidate.error();
        rows.append({candidate->fullName, outcomeText(my, id), outcomeText(theirs, id)});
    }

    auto rubric = RubricRepository(db).currentForOpening(theirs.openingId);
    if (!rubric)
        return rubric.error();
    QHash<RowId, QString> criteria;
    if (rubric->has_value()) {
        for (const Criterion& c : (*rubric)->criteria)
            criteria.insert(c.id, c.name);
    }
    const auto criteriaText = [&](const QList<RowId>& ids) {
        QStringList names;
        for (RowId id : ids)
            names.append(criteria.value(id, tr("criterion %1").arg(id)));
        return names.join(QStringLiteral(", "));
    };
    rows.append({tr("Deciding criteria"), criteriaText(my.decidingCriterionIds),
                 criteriaText(theirs.decidingCriterionIds)});
    rows.append({tr("Rationale"), my.rationale, theirs.rationale});
    rows.append({tr("Deciding factor may be shared"), flagText(my.shareDecidingFactor),
                 flagText(theirs.shareDecidingFactor)});

    const auto deciderText = [&](RowId id) -> Result<QString> {
        if (id == kNoRow)
            return tr("nobody named");
        auto panelist = PanelistRepository(db).get(id);
        if (!panelist)
            return panelist.error();
        return panelist->name;
    };
    auto myDecider = deciderText(my.decidedBy);
    if (!myDecider)
        return myDecider.error();
    auto theirDecider = deciderText(theirs.decidedBy);
    if (!theirDecider)
        return theirDecider.error();
    rows.append({tr("Decided by"), *myDecider, *theirDecider});
    return rows;
}

} // namespace debrief
