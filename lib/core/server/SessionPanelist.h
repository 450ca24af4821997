#pragma once

#include "Result.h"
#include "debrief_core_export.h"
#include "domain/Panelist.h"

#include <QCoreApplication>

namespace debrief {

class Database;

/// Who is scoring on a shared panel server: the panelist whose login role
/// is the role that logged in (panelists.login_role = session_user). It asks
/// the server's own debrief_session_panelist(), the function the row-level
/// security uses, so the app and the server never disagree. On a file the
/// user chooses who is scoring instead (the window's File › Switch
/// Panelist…).
class DEBRIEF_CORE_EXPORT SessionPanelist {
    Q_DECLARE_TR_FUNCTIONS(SessionPanelist)

public:
    /// Whether `db`'s panelist is fixed by the login (a server), not chosen.
    static bool fixedByLogin(const Database& db);
    /// The panelist linked to the login role of `db`'s connection; an error
    /// naming the login when none is, or when `db` is a file or a server
    /// that server-init has not set up.
    static Result<Panelist> current(Database& db);
};

} // namespace debrief
