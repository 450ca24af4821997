#pragma once

#include "Result.h"
#include "analytics/ComparisonInput.h"
#include "analytics/FinalistSummary.h"
#include "debrief_core_export.h"
#include "domain/Application.h"
#include "domain/Candidate.h"
#include "domain/CommunicationEntry.h"
#include "domain/Decision.h"
#include "domain/Interview.h"
#include "domain/Opening.h"
#include "domain/Reference.h"
#include "domain/Rubric.h"
#include "domain/Scorecard.h"
#include "scoring/ScoreViewer.h"
#include "scoring/WithheldScorecards.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace debrief {

class Database;

/// One submitted scorecard in a candidate packet, with its author's name.
struct PacketScorecard {
    QString panelistName;
    Scorecard card;
};

/// One interview in a candidate packet: its round and the cards it got.
struct PacketInterview {
    Interview interview;
    QString roundName;
    QList<PacketScorecard> scorecards;
    /// Seats without a submitted card (no card yet, or a draft).
    int notSubmitted = 0;
    /// Submitted cards that blind scoring hides from the viewer.
    int hidden = 0;
};

/// Everything the candidate packet report shows about one application: the
/// candidate, their stage, the submitted scorecards per round (drafts never),
/// references, the communication log and what the decision record says
/// about them. Read from storage; no drawing (lib/draw typesets it).
struct DEBRIEF_CORE_EXPORT CandidatePacketData {
    Q_DECLARE_TR_FUNCTIONS(CandidatePacketData)

public:
    Opening opening;
    Candidate candidate;
    Application application;
    /// Whose view of the scorecards the packet shows.
    ScoreViewer viewer;
    /// What blind scoring hides from the viewer, and why.
    WithheldScorecards withheld;
    /// In the order held (InterviewRepository's order); cards in seat order.
    QList<PacketInterview> interviews;
    /// The rubric versions the shown cards were scored against, by id.
    QHash<RowId, Rubric> rubrics;
    QList<Reference> references;
    /// Oldest first.
    QList<CommunicationEntry> communications;
    /// The candidate's scores as the finalist comparison counts them (the
    /// opening's current rubric, latest submitted score per panelist);
    /// std::nullopt when the opening has no rubric, nothing is scored, or
    /// blind scoring hides some cards from the viewer.
    std::optional<ComparisonInput> scores;
    std::optional<FinalistSummary> summary;
    /// The opening's decision record, when the panel has decided.
    std::optional<Decision> decision;

    /// Reads the packet of `applicationId` as `viewer` may see it: blind
    /// scoring applies as in the detail pane (VisibleScorecards): cards the
    /// viewer may not see yet are never read, only counted.
    static Result<CandidatePacketData> load(Database& db, RowId applicationId,
                                            const ScoreViewer& viewer);
    /// The application of `candidateId` to `openingId`; an error naming
    /// both when the candidate did not apply to it.
    static Result<RowId> applicationOf(Database& db, RowId openingId, RowId candidateId);

    /// The criterion a rating refers to, in the rubric version of its card;
    /// nullptr when unknown.
    const Criterion* criterion(RowId rubricId, RowId criterionId) const;
    /// What the decision record says about this application (std::nullopt
    /// without a decision or when it is not among its outcomes).
    std::optional<DecisionOutcome> outcome() const;
    /// Submitted cards shown, and those blind scoring hides.
    int submittedScorecards() const;
    int hiddenScorecards() const;
};

} // namespace debrief
