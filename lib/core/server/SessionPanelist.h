#pragma once

#include "Result.h"
#include "debrief_core_export.h"
#include "domain/Panelist.h"

#include <QCoreApplication>

namespace debrief {

class Database;

/// Who is scoring on a shared panel server: the panelist whose login role
/// is the role that logged in (panelists.login_role = session_user), the
/// same rule as the server's own debrief_session_panelist(), which the
/// row-level security asks. On a file the user chooses who is scoring
/// instead (the window's File › Switch Panelist…).
class DEBRIEF_CORE_EXPORT SessionPanelist {
    Q_DECLARE_TR_FUNCTIONS(SessionPanelist)

public:
    /// Whether `db`'s panelist is fixed by the login (a server), not chosen.
    static bool fixedByLogin(const Database& db);
    /// The id of the panelist linked to the login role of `db`'s
    /// connection; an error naming the login when none is, or when `db` is
    /// a file or a server that server-init has not set up. Read once per
    /// connection: a link does not change while its login stays connected.
    static Result<RowId> currentId(Database& db);
    /// currentId()'s panelist as stored now.
    static Result<Panelist> current(Database& db);
    /// Drops what currentId() remembers of `db`'s connection (it is being
    /// replaced, say after a reconnect).
    static void forget(const Database& db);
};

} // namespace debrief
