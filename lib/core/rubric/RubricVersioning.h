#pragma once

#include "Result.h"
#include "debrief_core_export.h"
#include "domain/Rubric.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>

#include <optional>

namespace debrief {

class Database;

/// Saves an edited rubric without rewriting history: once a submitted
/// scorecard was scored against a version, saving makes a new version (same
/// family, fresh criteria) and moves the rounds' criterion links over to it;
/// a version nobody has submitted against yet is updated in place.
class DEBRIEF_CORE_EXPORT RubricVersioning {
    Q_DECLARE_TR_FUNCTIONS(RubricVersioning)

public:
    /// Round id -> the criteria (indices into the edited rubric's criteria)
    /// that round assesses.
    using RoundLinks = QMap<RowId, QList<int>>;

    struct Outcome {
        /// The stored rubric as read back, with row ids.
        Rubric rubric;
        bool createdNewVersion = false;
    };

    explicit RubricVersioning(Database& db)
        : m_db(db) {}

    /// The opening's newest rubric version; std::nullopt while it has none.
    Result<std::optional<Rubric>> current(RowId openingId);
    /// Every version of the opening's rubric, oldest first.
    Result<QList<Rubric>> versions(RowId openingId);
    /// How many submitted scorecards were scored against this rubric version.
    Result<int> submittedScorecardCount(RowId rubricId);
    /// What is wrong with the rubric (first problem, naming the criterion),
    /// or an ok Status.
    static Status validate(const Rubric& rubric);
    /// Stores `edited` (whose id is the version it was loaded from; kNoRow
    /// for a new rubric) in one transaction. Without `links`, the rounds keep
    /// assessing the criteria they assessed before (and none that were removed).
    Result<Outcome> save(const Rubric& edited, const std::optional<RoundLinks>& links = {});

private:
    Result<Rubric> insertNewVersion(const Rubric& edited);
    Status relinkRounds(const Rubric& edited, const Rubric& stored,
                        const std::optional<RoundLinks>& links);

    Database& m_db;
};

} // namespace debrief
