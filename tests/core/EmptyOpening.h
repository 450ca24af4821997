#pragma once

#include "decision/DecisionRequest.h"
#include "storage/Database.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <memory>

namespace debrief::test {

/// A panel's own opening on an empty database, built only through lib/core
/// as a new user's clicks would (OpeningCreator, CandidateIntake,
/// PipelineWorkflow, InterviewRepository and ScorecardWorkflow), no demo
/// data: "Data Engineer" with lead Priya Raman (also the hiring manager) and
/// panelist Sam Okafor; five candidates: Ana Lima, Ben Novak and Chloé
/// Martin in the final round, each interviewed and scored by both (Ana
/// highest), Dev Patel at Interview and Eve Walsh just applied.
struct EmptyOpening {
    static const QDate kToday;
    static const QDateTime kNow;

    std::unique_ptr<Database> db;
    RowId openingId = kNoRow;
    RowId lead = kNoRow;
    RowId panelist = kNoRow;
    RowId ana = kNoRow;
    RowId ben = kNoRow;
    RowId chloe = kNoRow;
    RowId dev = kNoRow;
    RowId eve = kNoRow;
    QList<RowId> criteria;

    /// The lead's decision: Ana chosen, Ben first runner-up (in the talent
    /// pool when `benInPool`), decided by the first criterion.
    DecisionRequest decision(bool benInPool = true) const;

    /// Builds it in a new file at `path`; `error` says why when it fails
    /// (and db is then empty).
    static EmptyOpening build(const QString& path, QString* error);
};

} // namespace debrief::test
