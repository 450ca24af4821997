#pragma once

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

class CandidateSearchIndex;
class Database;

/// One opening with the counts the opening list shows beside it.
struct OpeningOverview {
    Opening opening;
    int candidateCount = 0;
    /// Applications whose promised answer date is before `today`.
    int overdueCount = 0;
    /// Applications in the final stage (or beyond: offer, hired).
    int finalistCount = 0;
};

/// One line of an opening's candidate list: the application joined with the
/// candidate's name, ready for a table view.
struct PipelineRow {
    RowId applicationId = kNoRow;
    RowId candidateId = kNoRow;
    QString candidateName;
    QString email;
    PipelineStage stage = PipelineStage::Applied;
    QDate appliedOn;
    QDate promisedResponseDate;
    bool talentPool = false;
    /// Kept waiting on purpose (a runner-up until the chosen candidate
    /// accepts an offer).
    bool onHold = false;
    /// Number of interviews held and of scorecards submitted for them.
    int interviewCount = 0;
    int submittedScorecardCount = 0;

    bool isOverdue(const QDate& today) const {
        return promisedResponseDate.isValid() && !isTerminal(stage) && promisedResponseDate < today;
    }
};

/// What a candidate list sorts by; each maps onto an SQL expression.
enum class PipelineSortKey {
    Name,
    Stage,
    AppliedOn,
    PromisedDate,
    AnswerDue,
    TalentPool,
    Scorecards
};

/// Which of an opening's candidates a list shows, and in which order. The
/// database does the searching, filtering and sorting, so a list of 20,000
/// candidates only ever loads the page on screen.
struct PipelineFilter {
    /// Matched anywhere in the name or e-mail address, case folded (CandidateSearchKey).
    QString search;
    std::optional<PipelineStage> stage;
    PipelineSortKey sortKey = PipelineSortKey::Stage;
    /// Descending: furthest along, latest, most overdue, in the pool first.
    bool descending = true;
};

/// One page of a candidate list and how many candidates match in all.
struct PipelinePage {
    QList<PipelineRow> rows;
    int matching = 0;
};

/// Read-only queries that feed list views: a handful of joined rows instead
/// of loading whole aggregates. A search runs over a CandidateSearchIndex:
/// the caller's, kept from one call to the next (a list on screen), or one
/// read for the call. A list without a search is read by SQL, or from the
/// caller's index when that holds it as the data stands.
class DEBRIEF_CORE_EXPORT PipelineQuery {
    Q_DECLARE_TR_FUNCTIONS(PipelineQuery)

public:
    explicit PipelineQuery(Database& db, CandidateSearchIndex* searchIndex = nullptr)
        : m_db(db)
        , m_searchIndex(searchIndex) {}

    /// Every opening (newest first) with its counts as of `today`.
    Result<QList<OpeningOverview>> openings(const QDate& today);
    /// The opening's candidates, by name.
    Result<QList<PipelineRow>> rowsForOpening(RowId openingId);
    /// Up to `limit` of the opening's candidates matching `filter`, in its
    /// order, skipping the first `offset`.
    Result<QList<PipelineRow>> page(RowId openingId, const PipelineFilter& filter, int offset,
                                    int limit);
    /// How many of the opening's candidates match `filter`.
    Result<int> count(RowId openingId, const PipelineFilter& filter);
    /// The first page() and count() together: a search finds both in one
    /// pass, and a short first page is the count.
    Result<PipelinePage> firstPage(RowId openingId, const PipelineFilter& filter, int limit);
    /// Reads the list into the caller's search index now, unless it holds it
    /// as the data stands, so that the next search finds it ready (the
    /// search field got the focus). Does nothing without an index.
    Status prepareSearch(RowId openingId, const PipelineFilter& filter);
    /// One application's line, read again after an edit; std::nullopt when
    /// the application no longer exists.
    Result<std::optional<PipelineRow>> row(RowId applicationId);

private:
    Database& m_db;
    CandidateSearchIndex* m_searchIndex = nullptr;
};

} // namespace debrief
