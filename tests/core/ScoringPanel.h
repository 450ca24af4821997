#pragma once

#include "Result.h"
#include "domain/Rubric.h"
#include "domain/Scorecard.h"
#include "storage/ServerAddress.h"

#include <QList>
#include <QString>

#include <optional>

namespace debrief {
class Database;
}

namespace debrief::test {

/// An opening a large panel scores at once (tst_concurrentscoring,
/// bench_concurrentsaves): a rubric of three criteria on a 1–4 scale,
/// `panelists` panelists all seated and on every interview, and
/// `candidates` applications with one interview each. Written through the
/// repositories, as tst_scorecardworkflow's fixture is.
struct ScoringPanel {
    RowId openingId = kNoRow;
    Rubric rubric;
    QList<RowId> panelists;
    QList<RowId> interviews;

    static Result<ScoringPanel> build(Database& db, int panelists, int candidates);

    /// A new draft of `panelist` for `interview`; scores and evidence
    /// follow from `seed`, so a thread can say what it wrote.
    Scorecard draft(RowId interview, RowId panelist, int seed) const;
    /// Changes the card's scores and evidence as an edit would, by `seed`.
    static void edit(Scorecard& card, int seed);
};

/// Login roles on the test server for simulated panelists: a group role
/// with the grants a panelist needs on every table and sequence, and one
/// LOGIN role with its own password per panelist, created with the admin's
/// SQL (names quoted and passwords bound through the server's format()).
class PanelLogins {
public:
    /// Creates `count` login roles named `prefix` + number on the server of
    /// `database` (a database on the test server, reached as the admin),
    /// replacing any left from an earlier run; their addresses, or
    /// std::nullopt with a warning.
    static std::optional<QList<ServerAddress>> create(const ServerAddress& database,
                                                      const QString& prefix, int count);
    /// Drops the roles create() made (after their database is gone).
    static void drop(const ServerAddress& admin, const QString& prefix, int count);
};

} // namespace debrief::test
