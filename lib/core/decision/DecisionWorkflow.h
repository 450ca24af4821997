#pragma once

#include "DecisionChange.h"
#include "DecisionPlan.h"
#include "DecisionRequest.h"
#include "DecisionSave.h"
#include "Result.h"
#include "debrief_core_export.h"
#include "domain/Application.h"
#include "domain/AuditEntry.h"
#include "domain/Decision.h"
#include "domain/Opening.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

#include <optional>

namespace debrief {

class Database;
class TransactionGuard;

/// The rules of the decision record: who may record it, what it must say,
/// and what it does to every application of the opening (DecisionPlan).
///
/// Recording a decision moves the chosen candidates to Offer, puts the
/// runners-up on hold until the offer is accepted, and closes every other
/// application still in process as Rejected, so each gets an answer.
/// offerAccepted() hires and releases the holds; offerDeclined() withdraws
/// the chosen candidate and makes the first held runner-up the chosen one;
/// amend() changes a recorded decision for a stated reason. Each step writes
/// the decision, every application change and their audit entries in one
/// transaction, or nothing, and returns a DecisionChange that undo() takes
/// back exactly, as long as no message went out since (undoBlocker()).
class DEBRIEF_CORE_EXPORT DecisionWorkflow {
    Q_DECLARE_TR_FUNCTIONS(DecisionWorkflow)

public:
    explicit DecisionWorkflow(Database& db)
        : m_db(db) {}

    /// What is wrong with the request on its own, one message per problem,
    /// each naming its field (empty when nothing).
    static QStringList problems(const DecisionRequest& request);
    /// Whether `panelistId` is a panel lead of `opening`: only a lead may
    /// record, amend or decline.
    static bool isLead(const Opening& opening, RowId panelistId);
    /// The names of the opening's panel leads, for "only … can record".
    Result<QStringList> leadNames(RowId openingId);
    /// The opening's decision as recorded (and amended); std::nullopt while
    /// none is.
    Result<std::optional<Decision>> current(RowId openingId);

    /// Every problem of recording `request` now (on its own and against the
    /// stored opening); empty when it can be recorded. Writes nothing.
    Result<QStringList> check(const DecisionRequest& request);
    /// What recording (or, once a decision exists, amending to) `request`
    /// would do to the opening's applications. Writes nothing.
    Result<DecisionPlan> plan(const DecisionRequest& request);

    /// Validates the request and writes the decision and its plan; every
    /// problem found in one error otherwise. Audited at request.decidedAt.
    /// A request with a uuid keeps it (a redo puts back the same record).
    Result<DecisionChange> record(const DecisionRequest& request, const QString& actor);
    /// Replaces the recorded decision with `request` for `reason` (required,
    /// audited with every change) and applies the new plan. A candidate the
    /// decision had rejected can be named again only while no rejection has
    /// been sent to them. Refused as stale, writing nothing, when the stored
    /// decision is no longer at `request.baseVersion` (someone amended it
    /// since the editor read it): amend again on current().rowVersion to
    /// keep one's own.
    DecisionSave amend(const DecisionRequest& request, const QString& reason, const QString& actor,
                       const QDateTime& now);
    /// The version a redo of an amendment that started from `before` amends
    /// on: the one stored now while its content is still `before` (as our
    /// own undo left it), so a redo is never refused for our own undo;
    /// `before.rowVersion` otherwise, so amend() refuses it as stale.
    Result<int> redoBase(const Decision& before);
    /// The decision `request` describes, as it would be stored (no id yet).
    static Decision asDecision(const DecisionRequest& request);
    /// The chosen candidate of `applicationId` accepted the offer: Hired,
    /// and once every chosen candidate is hired, the runners-up's holds are
    /// released so they can be sent their answer.
    Result<DecisionChange> offerAccepted(RowId applicationId, const QString& actor,
                                         const QDateTime& now);
    /// The chosen candidate of `applicationId` declined the offer, or the
    /// hire fell through: they are withdrawn (with `reason`, required), the
    /// first runner-up on hold in rank order becomes the chosen candidate
    /// (Offer, hold released) and the others stay on hold, moved up in line.
    /// Only a panel lead (`by`) may say so. An error, writing nothing, when
    /// no runner-up is on hold.
    Result<DecisionChange> offerDeclined(RowId applicationId, const QString& reason, RowId by,
                                         const QString& actor, const QDateTime& now);
    /// The first runner-up still on hold, in rank order; std::nullopt when none.
    Result<std::optional<RowId>> nextRunnerUp(RowId openingId);

    /// Why `change` can no longer be undone; success when it can. Refused
    /// when the decision or one of the applications changed since, or a
    /// message went out: an outbound entry (a sent draft, a copied, opened
    /// or saved message, a logged call) in the communication log of one of
    /// the step's applications, written after the step.
    Status undoBlocker(const DecisionChange& change);
    /// Puts back the decision (removes it, after recording) and every
    /// application exactly as before `change`, audited, in one transaction;
    /// refused as undoBlocker() says.
    Status undo(const DecisionChange& change, const QString& actor, const QDateTime& now);

private:
    enum class Mode { Record, Amend };
    QStringList storedProblems(const DecisionRequest& request, Mode mode);
    Result<DecisionPlan> planOver(const DecisionRequest& request);
    Result<Decision> storedDecisionOf(RowId openingId);
    Result<RowId> lastCommunicationId();
    Status writeChanges(QList<PlannedChange>& changes, const QString& actor, const QDateTime& now,
                        const QString& reason);
    /// Writes the step's application changes and commits.
    Result<DecisionChange> finish(TransactionGuard& tx, const DecisionChange& change,
                                  const QString& actor, const QDateTime& now,
                                  const QString& reason);
    Status auditDecision(const Decision& decision, const QString& field, const QString& old,
                         const QString& now, const QString& actor, const QDateTime& when,
                         const QString& reason);

    Database& m_db;
};

} // namespace debrief
