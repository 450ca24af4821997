#pragma once

#include "Result.h"
#include "debrief_core_export.h"

#include <QCoreApplication>
#include <QDate>
#include <QUuid>

#include <functional>

namespace debrief {

class Database;

/// What the demo wrote: counts for the summary line, and the two openings
/// that carry a story (the one ready for its debrief, the filled one).
struct DemoDataSummary {
    int panelists = 0;
    int openings = 0;
    int rubrics = 0;
    int candidates = 0;
    int applications = 0;
    int interviews = 0;
    int scorecards = 0;
    int references = 0;
    int communications = 0;
    int decisions = 0;
    QUuid debriefOpeningUuid;
    QUuid filledOpeningUuid;
};

/// Fills an empty database with a realistic hiring story (openings in every
/// state, finalists awaiting a debrief, a filled opening with its decision),
/// optionally plus thousands of extra candidates for scale testing. The same
/// options always give the same content, UUIDs and timestamps included.
class DEBRIEF_CORE_EXPORT DemoDataGenerator {
    Q_DECLARE_TR_FUNCTIONS(DemoDataGenerator)

public:
    struct Options {
        quint32 seed = 1;
        /// Every date is relative to this day, so some promises are overdue.
        QDate today = QDate::currentDate();
        /// Candidates added on top of the story, spread over the openings.
        int extraCandidates = 0;
        /// Put every extra candidate into the opening ready for its debrief
        /// instead, so that one candidate list is that long (benchmarks).
        bool extraCandidatesInOneOpening = false;
        /// From 0 to 100: this share of the extra candidates rejected, the
        /// rest spread over the other stages as the opening's mix has them
        /// (a batch of rejections to benchmark drafts). -1 keeps the mix.
        int extraRejectedPercent = -1;
    };
    /// Called as work progresses; return false to cancel (nothing is kept).
    using Progress = std::function<bool(int done, int total)>;

    explicit DemoDataGenerator(Options options);

    void setProgressCallback(Progress progress) { m_progress = std::move(progress); }
    /// Writes everything in one transaction: on failure or cancellation the
    /// database is left as it was.
    Result<DemoDataSummary> generate(Database& db);

private:
    Options m_options;
    Progress m_progress;
};

} // namespace debrief
