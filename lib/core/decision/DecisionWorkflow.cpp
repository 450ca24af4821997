#include "DecisionWorkflow.h"

#include "pipeline/PipelineWorkflow.h"
#include "storage/ApplicationRepository.h"
#include "storage/AuditRepository.h"
#include "storage/DecisionRepository.h"
#include "storage/OpeningRepository.h"
#include "storage/RubricRepository.h"
#include "storage/TransactionGuard.h"

#include <QSet>

#include <algorithm>

namespace debrief {
namespace {

const QString kApplicationEntity = QStringLiteral("application");
const QString kDecisionEntity = QStringLiteral("decision");

QString flagText(bool flag) {
    return flag ? QStringLiteral("true") : QStringLiteral("false");
}

/// The pipeline's audited fields plus the ones a decision changes.
QList<AuditEntry> differences(const Application& before, const Application& after) {
    QList<AuditEntry> entries = PipelineWorkflow::differences(before, after);
    const auto add = [&](const QString& field, const QString& old, const QString& now) {
        if (old != now)
            entries.append(AuditEntry::change(kApplicationEntity, field, old, now));
    };
    add(QStringLiteral("talent_pool"), flagText(before.talentPool), flagText(after.talentPool));
    add(QStringLiteral("on_hold"), flagText(before.onHold), flagText(after.onHold));
    add(QStringLiteral("hold_reason"), before.holdReason, after.holdReason);
    return entries;
}

QStringList rankProblems(const QList<RunnerUpChoice>& runnersUp) {
    QList<int> ranks;
    for (const RunnerUpChoice& r : runnersUp)
        ranks.append(r.rank);
    std::sort(ranks.begin(), ranks.end());
    for (qsizetype i = 0; i < ranks.size(); ++i) {
        if (ranks[i] != i + 1) {
            QStringList given;
            for (const RunnerUpChoice& r : runnersUp)
                given.append(QString::number(r.rank));
            return {DecisionWorkflow::tr("Runners-up: rank them 1 to %1 without gaps or repeats "
                                         "(given: %2).")
                        .arg(ranks.size())
                        .arg(given.join(QStringLiteral(", ")))};
        }
    }
    return {};
}

/// Every application the request names, chosen first, in the given order.
QList<RowId> namedApplications(const DecisionRequest& request) {
    QList<RowId> ids = request.chosen;
    for (const RunnerUpChoice& r : request.runnersUp)
        ids.append(r.applicationId);
    return ids;
}

QString outcomeText(const DecisionRequest& request) {
    QStringList chosen;
    for (RowId id : request.chosen)
        chosen.append(QString::number(id));
    QStringList runnersUp;
    for (const RunnerUpChoice& r : request.runnersUp)
        runnersUp.append(QStringLiteral("%1=%2").arg(r.rank).arg(r.applicationId));
    return QStringLiteral("chosen: %1; runners-up: %2")
        .arg(chosen.join(QLatin1Char(',')), runnersUp.join(QLatin1Char(',')));
}

Decision decisionOf(const DecisionRequest& request) {
    Decision d;
    d.openingId = request.openingId;
    d.decidedAt = request.decidedAt;
    d.decidedBy = request.decidedBy;
    d.rationale = request.rationale.trimmed();
    d.decidingCriterionIds = request.decidingCriterionIds;
    d.shareDecidingFactor = request.shareDecidingFactor;
    for (RowId id : request.chosen)
        d.outcomes.append({id, DecisionRole::Chosen, 0});
    for (const RunnerUpChoice& r : request.runnersUp)
        d.outcomes.append({r.applicationId, DecisionRole::RunnerUp, r.rank});
    return d;
}

} // namespace

QStringList DecisionWorkflow::problems(const DecisionRequest& request) {
    QStringList found;
    if (request.chosen.isEmpty())
        found.append(tr("Chosen: pick at least one candidate to make an offer to."));
    found += rankProblems(request.runnersUp);
    const QList<RowId> named = namedApplications(request);
    if (QSet<RowId>(named.begin(), named.end()).size() != named.size())
        found.append(tr("Runners-up: a candidate can be chosen or a runner-up, once."));
    if (request.decidingCriterionIds.isEmpty())
        found.append(tr("Deciding criteria: pick at least one criterion of the rubric."));
    if (request.rationale.trimmed().isEmpty())
        found.append(tr("Rationale: say why the panel decided as it did."));
    if (request.decidedBy == kNoRow)
        found.append(tr("Decided by: name the panel lead who records the decision."));
    if (!request.decidedAt.isValid())
        found.append(tr("Decided at: give the date and time of the decision."));
    return found;
}

QStringList DecisionWorkflow::storedProblems(const DecisionRequest& request) {
    auto opening = OpeningRepository(m_db).get(request.openingId);
    if (!opening)
        return {opening.errorMessage()};
    QStringList found;
    auto existing = DecisionRepository(m_db).forOpening(request.openingId);
    if (!existing)
        return {existing.errorMessage()};
    if (existing->has_value())
        found.append(tr("Opening: “%1” already has a decision record.").arg(opening->title));
    for (RowId id : namedApplications(request)) {
        auto application = ApplicationRepository(m_db).get(id);
        if (!application || application->openingId != request.openingId ||
            isTerminal(application->stage))
            found.append(tr("Chosen and runners-up: application %1 is not an open application "
                            "of this opening.")
                             .arg(id));
    }
    auto rubric = RubricRepository(m_db).currentForOpening(request.openingId);
    if (!rubric)
        return {rubric.errorMessage()};
    QSet<RowId> criteria;
    if (rubric->has_value()) {
        for (const Criterion& c : (*rubric)->criteria)
            criteria.insert(c.id);
    }
    for (RowId id : request.decidingCriterionIds) {
        if (!criteria.contains(id))
            found.append(tr("Deciding criteria: criterion %1 is not in the opening's current "
                            "rubric.")
                             .arg(id));
    }
    const bool lead =
        std::any_of(opening->panel.begin(), opening->panel.end(), [&](const PanelMember& m) {
            return m.isLead && m.panelistId == request.decidedBy;
        });
    if (request.decidedBy != kNoRow && !lead)
        found.append(tr("Decided by: only a panel lead of this opening can record the decision."));
    return found;
}

Result<Decision> DecisionWorkflow::record(const DecisionRequest& request, const QString& actor) {
    QStringList found = problems(request);
    TransactionGuard tx(m_db);
    if (!tx.begun())
        return tx.begun().error();
    found += storedProblems(request);
    if (!found.isEmpty())
        return Error{found.join(QLatin1Char('\n'))};

    Decision decision = decisionOf(request);
    if (auto written = DecisionRepository(m_db).insert(decision); !written)
        return written.error();
    const QList<AuditEntry> recorded{
        AuditEntry::change(kDecisionEntity, QStringLiteral("recorded"), {}, outcomeText(request))};
    if (auto audited =
            AuditRepository(m_db).insertChanges(recorded, decision.uuid, actor, request.decidedAt);
        !audited)
        return audited.error();
    for (const DecisionOutcome& outcome : decision.outcomes) {
        auto application = ApplicationRepository(m_db).get(outcome.applicationId);
        if (!application)
            return application.error();
        if (auto applied = applyOutcome(*application, outcome, request, actor); !applied)
            return applied.error();
    }
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return decision;
}

Status DecisionWorkflow::applyOutcome(Application application, const DecisionOutcome& outcome,
                                      const DecisionRequest& request, const QString& actor) {
    const Application before = application;
    if (outcome.role == DecisionRole::Chosen) {
        application =
            PipelineWorkflow::moveTo(application, PipelineStage::Offer).appliedTo(application);
        application.onHold = false;
        application.holdReason.clear();
    } else {
        const auto& runnersUp = request.runnersUp;
        const auto it = std::find_if(runnersUp.begin(), runnersUp.end(), [&](const auto& r) {
            return r.applicationId == application.id;
        });
        application.onHold = true;
        application.holdReason =
            tr("Runner-up %1: on hold until the chosen candidate accepts the offer.")
                .arg(outcome.rank);
        application.talentPool = it != runnersUp.end() && it->talentPool;
    }
    return writeApplication(before, application, actor, request.decidedAt);
}

Status DecisionWorkflow::offerAccepted(RowId applicationId, const QString& actor,
                                       const QDateTime& now) {
    TransactionGuard tx(m_db);
    if (!tx.begun())
        return tx.begun();
    ApplicationRepository applications(m_db);
    auto accepted = applications.get(applicationId);
    if (!accepted)
        return accepted.error();
    auto decision = DecisionRepository(m_db).forOpening(accepted->openingId);
    if (!decision)
        return decision.error();
    const auto isChosen = [&](const DecisionOutcome& o) {
        return o.applicationId == applicationId && o.role == DecisionRole::Chosen;
    };
    if (!decision->has_value() ||
        std::none_of((*decision)->outcomes.begin(), (*decision)->outcomes.end(), isChosen))
        return Error{
            tr("Application %1 was not chosen in its opening's decision.").arg(applicationId)};
    if (accepted->stage != PipelineStage::Offer)
        return Error{tr("Application %1 is not at the offer stage.").arg(applicationId)};

    Application hired =
        PipelineWorkflow::moveTo(*accepted, PipelineStage::Hired).appliedTo(*accepted);
    if (auto written = writeApplication(*accepted, hired, actor, now); !written)
        return written;
    // With several positions the runners-up stay on hold until every chosen
    // candidate has accepted: one of them might still be needed.
    for (const DecisionOutcome& o : (*decision)->outcomes) {
        auto application = applications.get(o.applicationId);
        if (!application)
            return application.error();
        if (o.role == DecisionRole::Chosen && application->stage != PipelineStage::Hired)
            return tx.commit();
    }
    for (const DecisionOutcome& o : (*decision)->outcomes) {
        if (o.role != DecisionRole::RunnerUp)
            continue;
        auto runnerUp = applications.get(o.applicationId);
        if (!runnerUp)
            return runnerUp.error();
        Application released = *runnerUp;
        released.onHold = false;
        released.holdReason.clear();
        if (auto written = writeApplication(*runnerUp, released, actor, now); !written)
            return written;
    }
    return tx.commit();
}

Status DecisionWorkflow::writeApplication(const Application& before, const Application& after,
                                          const QString& actor, const QDateTime& now) {
    const QList<AuditEntry> entries = differences(before, after);
    if (entries.isEmpty())
        return {};
    Application updated = after;
    updated.updatedAt = now;
    if (auto written = ApplicationRepository(m_db).update(updated); !written)
        return written;
    return AuditRepository(m_db).insertChanges(entries, updated.uuid, actor, now);
}

} // namespace debrief
