#pragma once

#include "Anonymiser.h"
#include "Result.h"
#include "RetentionPeriod.h"
#include "debrief_core_export.h"
#include "domain/Enums.h"
#include "domain/RowId.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QUuid>

namespace debrief {

class Database;

/// A candidate the retention period has run out for.
struct RetentionCase {
    RowId candidateId = kNoRow;
    QUuid candidateUuid;
    /// For the window, which may show it; the command line prints it only
    /// when asked (--names).
    QString fullName;
    /// The day (local time) of the last thing that happened on any of
    /// their applications.
    QDate lastActivity;
    int applications = 0;
    /// One of their applications is in the talent pool.
    bool talentPool = false;

    friend bool operator==(const RetentionCase&, const RetentionCase&) = default;
};

/// What a retention run did.
struct RetentionRun {
    /// The candidates anonymised, as due() listed them.
    QList<RetentionCase> anonymised;
    AnonymisationResult result;
};

/// The retention rule (docs/PRIVACY.md), the one place it lives: who is due
/// for anonymisation. A candidate is due on `today` when
///  - they are not anonymised yet,
///  - they have at least one application and every one of them is closed:
///    rejected or withdrawn, and not on hold, and
///  - their last activity is on a day before `period.cutoff(today)`: the
///    latest of every application's last change, its audit entries, its
///    logged messages, its rejection drafts (saved or sent) and the
///    scorecards of its interviews.
/// Talent-pool membership does not keep anyone: Debrief records no consent
/// to keep a person longer. Hired candidates and anyone still in process
/// are never due.
class DEBRIEF_CORE_EXPORT RetentionPolicy {
    Q_DECLARE_TR_FUNCTIONS(RetentionPolicy)

public:
    /// Whether an application at this stage is over for the candidate.
    static bool isClosed(PipelineStage stage);

    /// Who is due, oldest last activity first (then by id).
    static Result<QList<RetentionCase>> due(Database& db, const RetentionPeriod& period,
                                            const QDate& today);
    /// Anonymises everyone due in one transaction, clears the text of audit
    /// entries older than the cutoff whose record no longer exists, and
    /// scrubs the file (Anonymiser). `actor` goes to the audit log.
    static Result<RetentionRun> apply(Database& db, const RetentionPeriod& period,
                                      const QDate& today, const QString& actor,
                                      const QDateTime& now);
    /// How many candidates of the file were anonymised so far.
    static Result<int> anonymisedCount(Database& db);
};

} // namespace debrief
