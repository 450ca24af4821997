#pragma once

#include "Result.h"
#include "debrief_core_export.h"
#include "domain/RowId.h"

#include <QCoreApplication>

#include <optional>

namespace debrief {

class Database;

/// What the login may change on a shared panel server, asked of the
/// server's own rule functions (ServerInit: debrief_may_lead,
/// debrief_may_schedule, debrief_may_seat) so the app never disagrees with
/// the row-level security. Workflows ask before they write, so a refusal says
/// what was refused and why; windows ask to disable what the login may not
/// do. On a file, or a server not set up by server-init, everything is
/// allowed here (the file's own rules still apply).
class DEBRIEF_CORE_EXPORT ServerPermissions {
    Q_DECLARE_TR_FUNCTIONS(ServerPermissions)

public:
    explicit ServerPermissions(Database& db);

    /// Scheduling, moving or cancelling an interview of `applicationId`.
    Status maySchedule(RowId applicationId);
    /// Recording or changing the decision of `openingId`, and a declined
    /// offer (which changes it).
    Status mayDecide(RowId openingId);
    /// Changing the set-up of `openingId`: details, rounds and who sits on
    /// its panel (written together).
    Status maySetUp(RowId openingId);

private:
    /// Whether the server has Debrief's rule functions (server-init ran).
    Result<bool> enforced();
    /// Runs `sql` (one bound id, one boolean column); `refused` when false.
    Status ask(const QString& sql, RowId id, const QString& refused);

    Database& m_db;
    std::optional<bool> m_enforced;
};

} // namespace debrief
