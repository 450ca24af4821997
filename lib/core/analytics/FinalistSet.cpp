#include "FinalistSet.h"

#include "storage/DecisionRepository.h"

#include <algorithm>

namespace debrief {
namespace {

int order(const DecisionOutcome& outcome) {
    switch (outcome.role) {
    case DecisionRole::Chosen:
        return 0;
    case DecisionRole::RunnerUp:
        return outcome.rank;
    case DecisionRole::NotSelected:
        break;
    }
    return 1000;
}

} // namespace

Result<FinalistSet> FinalistSet::forOpening(Database& db, RowId openingId) {
    auto decision = DecisionRepository(db).forOpening(openingId);
    if (!decision)
        return decision.error();
    const QList<RowId> decided =
        decision->has_value() ? decidedFinalists(**decision) : QList<RowId>{};
    if (decided.isEmpty())
        return FinalistSet{};
    return FinalistSet{Basis::Decision, decided};
}

FinalistSet FinalistSet::given(const QList<RowId>& applicationIds) {
    if (applicationIds.isEmpty())
        return {};
    return {Basis::Given, applicationIds};
}

QList<RowId> FinalistSet::decidedFinalists(const Decision& decision) {
    QList<DecisionOutcome> outcomes = decision.outcomes;
    std::stable_sort(
        outcomes.begin(), outcomes.end(),
        [](const DecisionOutcome& a, const DecisionOutcome& b) { return order(a) < order(b); });
    QList<RowId> ids;
    for (const DecisionOutcome& outcome : std::as_const(outcomes))
        ids.append(outcome.applicationId);
    return ids;
}

QString FinalistSet::description() const {
    switch (basis) {
    case Basis::Decision:
        return tr("Finalists: the candidates the recorded decision names, the chosen first, then "
                  "the runners-up by rank, then the others.");
    case Basis::Given:
        return tr("Finalists: the applications asked for, in the order given.");
    case Basis::Stage:
        break;
    }
    return tr("Finalists: everyone at the interview stage or later with a submitted scorecard, "
              "oldest application first.");
}

QString FinalistSet::basisKey() const {
    switch (basis) {
    case Basis::Decision:
        return QStringLiteral("decision");
    case Basis::Given:
        return QStringLiteral("given");
    case Basis::Stage:
        break;
    }
    return QStringLiteral("stage");
}

} // namespace debrief
