#include "DecisionWorkflow.h"

#include "pipeline/PipelineWorkflow.h"
#include "server/ServerPermissions.h"
#include "storage/ApplicationRepository.h"
#include "storage/AuditRepository.h"
#include "storage/CandidateRepository.h"
#include "storage/Database.h"
#include "storage/DecisionRepository.h"
#include "storage/OpeningRepository.h"
#include "storage/PanelistRepository.h"
#include "storage/RejectionDraftRepository.h"
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

/// Every application the request chooses or keeps waiting, chosen first.
QList<RowId> namedApplications(const DecisionRequest& request) {
    QList<RowId> ids = request.chosen;
    for (const RunnerUpChoice& r : request.runnersUp)
        ids.append(r.applicationId);
    return ids;
}

QString outcomeText(const QList<DecisionOutcome>& outcomes) {
    QStringList chosen;
    QStringList runnersUp;
    QStringList notSelected;
    for (const DecisionOutcome& o : outcomes) {
        if (o.role == DecisionRole::Chosen)
            chosen.append(QString::number(o.applicationId));
        else if (o.role == DecisionRole::RunnerUp)
            runnersUp.append(QStringLiteral("%1=%2").arg(o.rank).arg(o.applicationId));
        else
            notSelected.append(QString::number(o.applicationId));
    }
    QString text = QStringLiteral("chosen: %1; runners-up: %2")
                       .arg(chosen.join(QLatin1Char(',')), runnersUp.join(QLatin1Char(',')));
    if (!notSelected.isEmpty())
        text += QStringLiteral("; not selected: %1").arg(notSelected.join(QLatin1Char(',')));
    return text;
}

QString idsText(const QList<RowId>& ids) {
    QStringList parts;
    for (RowId id : ids)
        parts.append(QString::number(id));
    return parts.join(QLatin1Char(','));
}

} // namespace

Decision DecisionWorkflow::asDecision(const DecisionRequest& request) {
    Decision d;
    d.uuid = request.uuid;
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
    for (RowId id : request.notSelected)
        d.outcomes.append({id, DecisionRole::NotSelected, 0});
    return d;
}

namespace {

/// Equal but for when it was last written.
// What a change wrote, apart from when and at which row version: an undo
// checks that nobody changed the content since.
bool sameState(Application a, Application b) {
    a.updatedAt = b.updatedAt = {};
    a.rowVersion = b.rowVersion = 0;
    return a == b;
}

bool sameDecision(Decision a, Decision b) {
    a.rowVersion = b.rowVersion = 0;
    return a == b;
}

QList<AuditEntry> withReason(QList<AuditEntry> entries, const QString& reason) {
    for (AuditEntry& e : entries)
        e.reason = reason;
    return entries;
}

} // namespace

QStringList DecisionWorkflow::problems(const DecisionRequest& request) {
    QStringList found;
    if (request.chosen.isEmpty())
        found.append(tr("Chosen: pick at least one candidate to make an offer to."));
    found += rankProblems(request.runnersUp);
    const QList<RowId> named = namedApplications(request) + request.notSelected;
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

bool DecisionWorkflow::isLead(const Opening& opening, RowId panelistId) {
    return panelistId != kNoRow &&
           std::any_of(opening.panel.begin(), opening.panel.end(), [&](const PanelMember& m) {
               return m.isLead && m.panelistId == panelistId;
           });
}

Result<std::optional<Decision>> DecisionWorkflow::current(RowId openingId) {
    return DecisionRepository(m_db).forOpening(openingId);
}

Result<QStringList> DecisionWorkflow::leadNames(RowId openingId) {
    auto opening = OpeningRepository(m_db).get(openingId);
    if (!opening)
        return opening.error();
    QStringList names;
    for (const PanelMember& m : opening->panel) {
        if (!m.isLead)
            continue;
        auto panelist = PanelistRepository(m_db).get(m.panelistId);
        if (!panelist)
            return panelist.error();
        names.append(panelist->name);
    }
    return names;
}

QStringList DecisionWorkflow::storedProblems(const DecisionRequest& request, Mode mode) {
    auto opening = OpeningRepository(m_db).get(request.openingId);
    if (!opening)
        return {opening.errorMessage()};
    QStringList found;
    auto existing = DecisionRepository(m_db).forOpening(request.openingId);
    if (!existing)
        return {existing.errorMessage()};
    if (mode == Mode::Record && existing->has_value())
        found.append(tr("Opening: “%1” already has a decision record.").arg(opening->title));
    if (mode == Mode::Amend && !existing->has_value())
        found.append(tr("Opening: “%1” has no decision to amend.").arg(opening->title));
    for (RowId id : namedApplications(request)) {
        auto application = ApplicationRepository(m_db).get(id);
        bool open = application && application->openingId == request.openingId &&
                    !isTerminal(application->stage);
        // An amendment may name again someone the decision rejected, until
        // they have been told.
        if (application && mode == Mode::Amend && application->openingId == request.openingId &&
            application->stage == PipelineStage::Rejected) {
            auto draft = RejectionDraftRepository(m_db).latestForApplication(id);
            open = draft && !(draft->has_value() && (*draft)->isSent());
        }
        if (!open)
            found.append(tr("Chosen and runners-up: application %1 is not an open application "
                            "of this opening.")
                             .arg(id));
    }
    for (RowId id : request.notSelected) {
        auto application = ApplicationRepository(m_db).get(id);
        if (!application || application->openingId != request.openingId)
            found.append(
                tr("Not selected: application %1 is not an application of this opening.").arg(id));
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
    if (request.decidedBy != kNoRow && !isLead(*opening, request.decidedBy))
        found.append(tr("Decided by: only a panel lead of this opening can record the decision."));
    return found;
}

Result<QStringList> DecisionWorkflow::check(const DecisionRequest& request) {
    auto existing = DecisionRepository(m_db).forOpening(request.openingId);
    if (!existing)
        return existing.error();
    return problems(request) +
           storedProblems(request, existing->has_value() ? Mode::Amend : Mode::Record);
}

Result<DecisionPlan> DecisionWorkflow::planOver(const DecisionRequest& request) {
    auto applications = ApplicationRepository(m_db).forOpening(request.openingId);
    if (!applications)
        return applications.error();
    QHash<RowId, QString> names;
    CandidateRepository candidates(m_db);
    for (const Application& a : std::as_const(*applications)) {
        auto candidate = candidates.get(a.candidateId);
        if (!candidate)
            return candidate.error();
        names.insert(a.candidateId, candidate->fullName);
    }
    return DecisionPlan::make(request, *applications, names);
}

Result<DecisionPlan> DecisionWorkflow::plan(const DecisionRequest& request) {
    return planOver(request);
}

Result<Decision> DecisionWorkflow::storedDecisionOf(RowId openingId) {
    auto decision = DecisionRepository(m_db).forOpening(openingId);
    if (!decision)
        return decision.error();
    if (!decision->has_value())
        return Error{tr("Opening %1 has no decision record.").arg(openingId)};
    return **decision;
}

Result<RowId> DecisionWorkflow::lastCommunicationId() {
    auto query = m_db.exec(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM communications"));
    if (!query)
        return query.error();
    return query->next() ? query->value(0).toLongLong() : RowId(0);
}

Status DecisionWorkflow::writeChanges(QList<PlannedChange>& changes, const QString& actor,
                                      const QDateTime& now, const QString& reason) {
    for (PlannedChange& change : changes) {
        const QList<AuditEntry> entries = differences(change.before, change.after);
        if (entries.isEmpty())
            continue;
        Application updated = change.after;
        updated.updatedAt = now;
        if (auto written = ApplicationRepository(m_db).update(updated); !written) {
            // Someone moved this finalist while the step was being written:
            // the plan no longer holds, so nothing of the step is kept.
            if (written.isStale())
                return Error{tr("%1's application was changed elsewhere while this step was "
                                "being saved, so nothing was saved. Open the decision again to "
                                "see what it does now.")
                                 .arg(change.candidateName)};
            return written;
        }
        change.after.rowVersion = updated.rowVersion;
        if (auto audited = AuditRepository(m_db).insertChanges(withReason(entries, reason),
                                                               updated.uuid, actor, now);
            !audited)
            return audited;
    }
    return {};
}

Status DecisionWorkflow::auditDecision(const Decision& decision, const QString& field,
                                       const QString& old, const QString& now, const QString& actor,
                                       const QDateTime& when, const QString& reason) {
    const QList<AuditEntry> entries{AuditEntry::change(kDecisionEntity, field, old, now)};
    return AuditRepository(m_db).insertChanges(withReason(entries, reason), decision.uuid, actor,
                                               when);
}

Result<DecisionChange> DecisionWorkflow::finish(TransactionGuard& tx, const DecisionChange& change,
                                                const QString& actor, const QDateTime& now,
                                                const QString& reason) {
    QList<PlannedChange> written = change.applications;
    if (auto applied = writeChanges(written, actor, now, reason); !applied)
        return applied.error();
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return change;
}

Result<DecisionChange> DecisionWorkflow::record(const DecisionRequest& request,
                                                const QString& actor) {
    QStringList found = problems(request);
    TransactionGuard tx(m_db);
    if (!tx.begun())
        return tx.begun().error();
    if (Status allowed = ServerPermissions(m_db).mayDecide(request.openingId); !allowed)
        return allowed.error();
    found += storedProblems(request, Mode::Record);
    if (!found.isEmpty())
        return Error{found.join(QLatin1Char('\n'))};
    auto planned = planOver(request);
    if (!planned)
        return planned.error();
    auto mark = lastCommunicationId();
    if (!mark)
        return mark.error();

    DecisionChange change{QStringLiteral("recorded"), request.openingId,  std::nullopt,
                          asDecision(request),        planned->changes(), *mark};
    if (auto written = DecisionRepository(m_db).insert(change.after); !written)
        return written.error();
    if (auto audited =
            auditDecision(change.after, change.kind, {}, outcomeText(change.after.outcomes), actor,
                          request.decidedAt, {});
        !audited)
        return audited.error();
    return finish(tx, change, actor, request.decidedAt, {});
}

Result<int> DecisionWorkflow::redoBase(const Decision& before) {
    auto stored = DecisionRepository(m_db).forOpening(before.openingId);
    if (!stored)
        return stored.error();
    if (stored->has_value() && sameDecision(**stored, before))
        return (*stored)->rowVersion;
    return before.rowVersion;
}

DecisionSave DecisionWorkflow::amend(const DecisionRequest& request, const QString& reason,
                                     const QString& actor, const QDateTime& now) {
    QStringList found = problems(request);
    if (reason.trimmed().isEmpty())
        found.append(tr("Reason: say why the decision changes."));
    TransactionGuard tx(m_db);
    if (!tx.begun())
        return tx.begun().error();
    if (Status allowed = ServerPermissions(m_db).mayDecide(request.openingId); !allowed)
        return allowed.error();
    found += storedProblems(request, Mode::Amend);
    if (!found.isEmpty())
        return Error{found.join(QLatin1Char('\n'))};
    auto stored = storedDecisionOf(request.openingId);
    if (!stored)
        return stored.error();
    auto planned = planOver(request);
    if (!planned)
        return planned.error();
    auto mark = lastCommunicationId();
    if (!mark)
        return mark.error();

    Decision amended = asDecision(request);
    amended.id = stored->id;
    amended.uuid = stored->uuid;
    // On the version the editor showed: the repository refuses it, writing
    // nothing, when someone amended the decision since.
    amended.rowVersion = request.baseVersion;
    DecisionChange change{
        QStringLiteral("amended"), request.openingId, *stored, amended, planned->changes(), *mark};
    if (auto written = DecisionRepository(m_db).update(amended); !written) {
        if (written.isStale())
            return written;
        return written.error();
    }
    change.after.rowVersion = amended.rowVersion;
    const QList<std::array<QString, 3>> fields{
        {QStringLiteral("outcomes"), outcomeText(stored->outcomes), outcomeText(amended.outcomes)},
        {QStringLiteral("deciding_criteria"), idsText(stored->decidingCriterionIds),
         idsText(amended.decidingCriterionIds)},
        {QStringLiteral("rationale"), stored->rationale, amended.rationale},
        {QStringLiteral("share_deciding_factor"), flagText(stored->shareDecidingFactor),
         flagText(amended.shareDecidingFactor)},
        {QStringLiteral("decided_by"), QString::number(stored->decidedBy),
         QString::number(amended.decidedBy)}};
    for (const auto& [field, old, value] : fields) {
        if (old == value)
            continue;
        if (auto audited = auditDecision(amended, field, old, value, actor, now, reason.trimmed());
            !audited)
            return audited.error();
    }
    return finish(tx, change, actor, now, reason.trimmed());
}

Result<DecisionChange> DecisionWorkflow::offerAccepted(RowId applicationId, const QString& actor,
                                                       const QDateTime& now) {
    TransactionGuard tx(m_db);
    if (!tx.begun())
        return tx.begun().error();
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
    auto mark = lastCommunicationId();
    if (!mark)
        return mark.error();

    DecisionChange change{
        QStringLiteral("offer_accepted"), accepted->openingId, **decision, **decision, {}, *mark};
    const Application hired =
        PipelineWorkflow::moveTo(*accepted, PipelineStage::Hired).appliedTo(*accepted);
    change.applications.append({*accepted, hired, {}, DecisionRole::Chosen, 0, true});
    // With several positions the runners-up stay on hold until every chosen
    // candidate has accepted: one of them might still be needed.
    bool everyoneHired = true;
    for (const DecisionOutcome& o : (*decision)->outcomes) {
        auto application = applications.get(o.applicationId);
        if (!application)
            return application.error();
        if (o.role == DecisionRole::Chosen && o.applicationId != applicationId &&
            application->stage != PipelineStage::Hired)
            everyoneHired = false;
    }
    for (const DecisionOutcome& o : (*decision)->outcomes) {
        if (!everyoneHired || o.role != DecisionRole::RunnerUp)
            continue;
        auto runnerUp = applications.get(o.applicationId);
        if (!runnerUp)
            return runnerUp.error();
        Application released = *runnerUp;
        released.onHold = false;
        released.holdReason.clear();
        if (released != *runnerUp)
            change.applications.append(
                {*runnerUp, released, {}, DecisionRole::RunnerUp, o.rank, true});
    }
    return finish(tx, change, actor, now, {});
}

Result<std::optional<RowId>> DecisionWorkflow::nextRunnerUp(RowId openingId) {
    auto decision = DecisionRepository(m_db).forOpening(openingId);
    if (!decision)
        return decision.error();
    if (!decision->has_value())
        return std::optional<RowId>();
    QList<DecisionOutcome> runnersUp;
    for (const DecisionOutcome& o : (*decision)->outcomes) {
        if (o.role == DecisionRole::RunnerUp)
            runnersUp.append(o);
    }
    std::stable_sort(runnersUp.begin(), runnersUp.end(),
                     [](const auto& a, const auto& b) { return a.rank < b.rank; });
    for (const DecisionOutcome& o : std::as_const(runnersUp)) {
        auto application = ApplicationRepository(m_db).get(o.applicationId);
        if (!application)
            return application.error();
        if (application->onHold && !isTerminal(application->stage))
            return std::optional<RowId>(o.applicationId);
    }
    return std::optional<RowId>();
}

Result<DecisionChange> DecisionWorkflow::offerDeclined(RowId applicationId, const QString& reason,
                                                       RowId by, const QString& actor,
                                                       const QDateTime& now) {
    if (reason.trimmed().isEmpty())
        return Error{tr("Reason: say why the offer was declined or the hire fell through.")};
    TransactionGuard tx(m_db);
    if (!tx.begun())
        return tx.begun().error();
    ApplicationRepository applications(m_db);
    auto declining = applications.get(applicationId);
    if (!declining)
        return declining.error();
    if (Status allowed = ServerPermissions(m_db).mayDecide(declining->openingId); !allowed)
        return allowed.error();
    auto opening = OpeningRepository(m_db).get(declining->openingId);
    if (!opening)
        return opening.error();
    if (!isLead(*opening, by))
        return Error{tr("Declined by: only a panel lead of this opening can record that an offer "
                        "was declined.")};
    auto stored = storedDecisionOf(declining->openingId);
    if (!stored)
        return stored.error();
    const bool chosen =
        std::any_of(stored->outcomes.begin(), stored->outcomes.end(), [&](const auto& o) {
            return o.applicationId == applicationId && o.role == DecisionRole::Chosen;
        });
    if (!chosen ||
        (declining->stage != PipelineStage::Offer && declining->stage != PipelineStage::Hired))
        return Error{tr("Application %1 is not a chosen candidate with an offer or a hire to fall "
                        "through.")
                         .arg(applicationId)};
    auto next = nextRunnerUp(declining->openingId);
    if (!next)
        return next.error();
    if (!next->has_value())
        return Error{tr("No runner-up is on hold for this opening: amend the decision to choose "
                        "someone else.")};
    auto mark = lastCommunicationId();
    if (!mark)
        return mark.error();

    const RowId promotedId = **next;
    DecisionChange change{
        QStringLiteral("offer_declined"), declining->openingId, *stored, *stored, {}, *mark};
    Application withdrawn =
        PipelineWorkflow::moveTo(*declining, PipelineStage::Withdrawn).appliedTo(*declining);
    withdrawn.onHold = false;
    withdrawn.holdReason.clear();
    change.applications.append({*declining, withdrawn, {}, DecisionRole::NotSelected, 0, true});
    QList<DecisionOutcome>& outcomes = change.after.outcomes;
    // The runners-up in line, so the ones who stay move up by one.
    QList<qsizetype> line;
    for (qsizetype i = 0; i < outcomes.size(); ++i) {
        if (outcomes[i].applicationId == applicationId)
            outcomes[i] = {applicationId, DecisionRole::NotSelected, 0};
        else if (outcomes[i].role == DecisionRole::RunnerUp)
            line.append(i);
    }
    std::stable_sort(line.begin(), line.end(),
                     [&](qsizetype a, qsizetype b) { return outcomes[a].rank < outcomes[b].rank; });
    int rank = 0;
    for (qsizetype i : std::as_const(line)) {
        DecisionOutcome& o = outcomes[i];
        auto application = applications.get(o.applicationId);
        if (!application)
            return application.error();
        Application after = *application;
        if (o.applicationId == promotedId) {
            o = {o.applicationId, DecisionRole::Chosen, 0};
            after = PipelineWorkflow::moveTo(after, PipelineStage::Offer).appliedTo(after);
            after.onHold = false;
            after.holdReason.clear();
            change.applications.append({*application, after, {}, DecisionRole::Chosen, 0, true});
            continue;
        }
        o.rank = ++rank;
        if (after.onHold)
            after.holdReason = DecisionPlan::holdReason(o.rank);
        if (after != *application)
            change.applications.append(
                {*application, after, {}, DecisionRole::RunnerUp, o.rank, true});
    }
    if (auto written = DecisionRepository(m_db).update(change.after); !written)
        return written.error();
    if (auto audited =
            auditDecision(change.after, change.kind, outcomeText(stored->outcomes),
                          outcomeText(change.after.outcomes), actor, now, reason.trimmed());
        !audited)
        return audited.error();
    return finish(tx, change, actor, now, reason.trimmed());
}

Status DecisionWorkflow::undoBlocker(const DecisionChange& change) {
    auto stored = DecisionRepository(m_db).forOpening(change.openingId);
    if (!stored)
        return stored.error();
    if (!stored->has_value() || !sameDecision(**stored, change.after))
        return Error{tr("The decision changed since; undo the later change first.")};
    const QString outbound = toKey(CommunicationDirection::Outbound);
    for (const PlannedChange& c : change.applications) {
        auto current = ApplicationRepository(m_db).get(c.after.id);
        if (!current)
            return current.error();
        if (!sameState(*current, c.after))
            return Error{
                tr("Application %1 changed since; undo that change first.").arg(c.after.id)};
        auto sent = m_db.exec(QStringLiteral("SELECT COUNT(*) FROM communications WHERE "
                                             "application_id = ? AND id > ? AND direction = ?"),
                              {c.after.id, change.lastCommunicationId, outbound});
        if (!sent)
            return sent.error();
        if (sent->next() && sent->value(0).toLongLong() > 0)
            return Error{tr("A message went out to application %1 after this step, so it can no "
                            "longer be undone.")
                             .arg(c.after.id)};
    }
    return {};
}

Status DecisionWorkflow::undo(const DecisionChange& change, const QString& actor,
                              const QDateTime& now) {
    TransactionGuard tx(m_db);
    if (!tx.begun())
        return tx.begun();
    if (Status blocked = undoBlocker(change); !blocked)
        return blocked;
    // Back to each row's content before, on the version stored now (the
    // blocker above made sure nobody changed the content since).
    QList<PlannedChange> back;
    for (const PlannedChange& c : change.applications) {
        auto current = ApplicationRepository(m_db).get(c.after.id);
        if (!current)
            return current.error();
        Application restoring = c.before;
        restoring.rowVersion = current->rowVersion;
        back.append({c.after, restoring, c.candidateName, c.role, c.rank, c.finalist});
    }
    if (auto written = writeChanges(back, actor, now, {}); !written)
        return written;
    // Exactly as before, when it was last written included.
    for (const PlannedChange& c : std::as_const(back)) {
        Application exact = c.after;
        if (auto restored = ApplicationRepository(m_db).update(exact); !restored)
            return restored;
    }
    auto stored = DecisionRepository(m_db).forOpening(change.openingId);
    if (!stored)
        return stored.error();
    if (change.before) {
        Decision restoring = *change.before;
        restoring.rowVersion = (*stored)->rowVersion;
        if (auto restored = DecisionRepository(m_db).update(restoring); !restored)
            return restored;
    } else if (auto removed = DecisionRepository(m_db).remove(change.after.id); !removed) {
        return removed;
    }
    if (auto audited =
            auditDecision(change.after, QStringLiteral("undone"), change.kind, {}, actor, now, {});
        !audited)
        return audited;
    return tx.commit();
}

} // namespace debrief
