#pragma once

#include "Result.h"
#include "debrief_core_export.h"
#include "domain/Application.h"
#include "domain/Candidate.h"
#include "domain/CommunicationEntry.h"
#include "domain/Reference.h"

#include <QDateTime>
#include <QList>
#include <QStringList>

namespace debrief {

class Database;

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
/// read in one go so the widget only displays: interviews with their round
/// and panel by name and their cards counted (never shown), references and
/// the communication log.
struct DEBRIEF_CORE_EXPORT CandidateDetails {
    Candidate candidate;
    Application application;
    QString openingTitle;
    QList<InterviewSummary> interviews;
    QList<Reference> references;
    QList<CommunicationEntry> communications;

    static Result<CandidateDetails> load(Database& db, RowId applicationId);
};

} // namespace debrief
