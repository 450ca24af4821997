#pragma once

#include "PromiseCheck.h"
#include "Result.h"
#include "debrief_core_export.h"
#include "domain/Enums.h"
#include "domain/Opening.h"
#include "domain/RowId.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace debrief {

class Database;

/// The figures of one pipeline stage in an opening summary.
struct StageFigures {
    PipelineStage stage = PipelineStage::Applied;
    /// Applications in this stage now.
    int now = 0;
    /// Applications that got at least this far (furthest stage); for the
    /// terminal stages Rejected and Withdrawn the same as `now`.
    int reached = 0;
    /// Stays in this stage that ended (the application moved on), and the
    /// median of their lengths in days.
    int finishedStays = 0;
    std::optional<double> medianDaysFinished;
    /// Current stays whose start is known, and the median of their lengths
    /// so far.
    int currentStays = 0;
    std::optional<double> medianDaysSoFar;
    /// Median days since applying of the applications in this stage now.
    std::optional<double> medianDaysSinceApplied;
};

/// One promise in the summary, with whom it was made to.
struct SummaryPromise {
    RowId applicationId = kNoRow;
    QString candidateName;
    PromiseCheck check;
};

/// A candidate past the date the panel promised them an answer.
struct WaitingCandidate {
    RowId applicationId = kNoRow;
    QString candidateName;
    PipelineStage stage = PipelineStage::Applied;
    QDate promisedFor;
    qint64 daysOverdue = 0;
    /// The latest entry in their communication log, either direction
    /// (invalid when none).
    QDate lastContactedOn;
    bool onHold = false;
    QString holdReason;
};

/// What the opening summary report shows: the pipeline by stage, time in
/// stage, promised dates kept and missed, and who is still waiting, as of
/// one day. Read from storage; no drawing (lib/draw typesets it).
struct DEBRIEF_CORE_EXPORT OpeningSummaryData {
    Q_DECLARE_TR_FUNCTIONS(OpeningSummaryData)

public:
    Opening opening;
    QDate today;
    int applications = 0;
    /// One per PipelineStage, in the enum's order.
    QList<StageFigures> stages;
    /// Stage changes the audit log recorded for the opening's applications.
    int recordedStageChanges = 0;
    /// Every promise, by candidate name, then in the order made.
    QList<SummaryPromise> promises;
    int promisesKept = 0;
    int promisesMissed = 0;
    int promisesPending = 0;
    /// Candidates still waiting past their promised date, as the app's
    /// "Waiting on us" list has them (WaitingOnUsQuery): oldest promise first.
    QList<WaitingCandidate> waiting;

    static Result<OpeningSummaryData> load(Database& db, RowId openingId, const QDate& today);
    /// The median of some values; std::nullopt for none.
    static std::optional<double> median(QList<double> values);
};

} // namespace debrief
