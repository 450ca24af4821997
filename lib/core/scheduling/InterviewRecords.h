#pragma once

#include "Result.h"
#include "debrief_core_export.h"
#include "domain/Interview.h"
#include "domain/InterviewRound.h"

#include <QList>
#include <QUuid>

#include <optional>

namespace debrief {

class Database;

/// An opening's interview rounds and an application's interviews, as the
/// scheduling dialogs, the scorecard editor and `debrief-cli schedule` look
/// them up (scheduling itself is InterviewScheduler's).
class DEBRIEF_CORE_EXPORT InterviewRecords {
public:
    explicit InterviewRecords(Database& db)
        : m_db(db) {}

    Result<Interview> interview(RowId interviewId);
    Result<std::optional<Interview>> interviewByUuid(const QUuid& uuid);
    /// The application's interviews, cancelled ones included, by time.
    Result<QList<Interview>> interviewsOf(RowId applicationId);
    /// The opening's rounds in their order.
    Result<QList<InterviewRound>> roundsOf(RowId openingId);
    Result<InterviewRound> round(RowId roundId);
    Result<std::optional<InterviewRound>> roundByUuid(const QUuid& uuid);

private:
    Database& m_db;
};

} // namespace debrief
