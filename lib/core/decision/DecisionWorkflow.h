#pragma once

#include "DecisionRequest.h"
#include "Result.h"
#include "debrief_core_export.h"
#include "domain/Application.h"
#include "domain/AuditEntry.h"
#include "domain/Decision.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

namespace debrief {

class Database;

/// The rules of the decision record: who may record it, what it must say,
/// and what it does to the finalists' applications.
///
/// Recording a decision moves the chosen candidates to Offer and puts the
/// runners-up on hold (with their talent-pool flag) until a chosen
/// candidate's offer is accepted; offerAccepted() then moves that candidate
/// to Hired and releases the holds, so the runners-up can be sent their
/// answer. Each call writes everything in one transaction together with its
/// audit entries, or nothing.
class DEBRIEF_CORE_EXPORT DecisionWorkflow {
    Q_DECLARE_TR_FUNCTIONS(DecisionWorkflow)

public:
    explicit DecisionWorkflow(Database& db)
        : m_db(db) {}

    /// What is wrong with the request on its own, one message per problem,
    /// each naming its field (empty when nothing).
    static QStringList problems(const DecisionRequest& request);

    /// Validates the request against the stored opening (its applications,
    /// its rubric, its panel leads) and writes the decision, every problem
    /// found in one error otherwise.
    Result<Decision> record(const DecisionRequest& request, const QString& actor);
    /// The chosen candidate of `applicationId` accepted the offer: Hired,
    /// and every runner-up's hold from the decision released.
    Status offerAccepted(RowId applicationId, const QString& actor, const QDateTime& now);

private:
    QStringList storedProblems(const DecisionRequest& request);
    Status applyOutcome(Application application, const DecisionOutcome& outcome,
                        const DecisionRequest& request, const QString& actor);
    Status writeApplication(const Application& before, const Application& after,
                            const QString& actor, const QDateTime& now);

    Database& m_db;
};

} // namespace debrief
