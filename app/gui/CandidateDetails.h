#pragma once

#include "Result.h"
#include "domain/Application.h"
#include "domain/Candidate.h"
#include "domain/CommunicationEntry.h"
#include "domain/Reference.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QStringList>

namespace debrief {

class DatabaseSession;

/// One interview as the detail pane lists it: names resolved, scorecards
/// counted.
struct InterviewSummary {
    RowId id = kNoRow;
    QString roundName;
    QDateTime scheduledAt;
    int durationMinutes = 0;
    QString location;
    QString videoLink;
    /// Cancelled interviews stay listed, marked, with the reason.
    bool cancelled = false;
    QString cancellationReason;
    QStringList panelistNames;
    int panelSize = 0;
    int submittedScorecards = 0;
    int draftScorecards = 0;
};

/// Everything the candidate detail pane shows about one application,
/// gathered from the repositories in one go so the widget only displays.
struct CandidateDetails {
    Q_DECLARE_TR_FUNCTIONS(CandidateDetails)

public:
    Candidate candidate;
    Application application;
    QString openingTitle;
    QList<InterviewSummary> interviews;
    QList<Reference> references;
    QList<CommunicationEntry> communications;

    static Result<CandidateDetails> load(DatabaseSession& session, RowId applicationId);
};

} // namespace debrief
