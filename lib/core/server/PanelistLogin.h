#pragma once

#include "Result.h"
#include "debrief_core_export.h"
#include "domain/RowId.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace debrief {

class Database;

/// A panelist's login on a shared panel server: the PostgreSQL role that
/// logs in as them. The role is what the server's row-level security knows
/// the panelist by (panelists.login_role = session_user), so who is scoring
/// is never a value the client sends.
class DEBRIEF_CORE_EXPORT PanelistLogin {
    Q_DECLARE_TR_FUNCTIONS(PanelistLogin)

public:
    /// A login made by create(): the role and its one-time password, which
    /// is shown once and never stored or logged.
    struct Created {
        QString role;
        QString password;
        /// The role existed for this panelist already; its password was reset.
        bool passwordReset = false;
    };

    /// A role name for the e-mail address `email`: its local part, lower
    /// case, every other character than a-z, 0-9 and _ made _, with a
    /// leading _ when it would start with a digit; empty when nothing is left.
    static QString suggestedRole(const QString& email);
    /// Whether `role` may be a panelist's login: 1 to 63 of a-z, 0-9 and _,
    /// not starting with a digit, not one of PostgreSQL's (pg_) or Debrief's
    /// (debrief_) own. The error names the role.
    static Status checkRole(const QString& role);

    /// Creates the login role `role` for panelist `panelistId` with a new
    /// random password, makes it a member of debrief_panelist and links it
    /// (panelists.login_role), all in one transaction. With `leadOf`, the
    /// panelist becomes the lead of that opening, on whose panel they must
    /// sit, and the role joins debrief_lead. Runs as the server's
    /// administrator (CREATEROLE), after ServerInit.
    static Result<Created> create(Database& db, RowId panelistId, const QString& role,
                                  std::optional<RowId> leadOf = std::nullopt);

    /// The SCRAM-SHA-256 verifier of `password` (RFC 7677, as PostgreSQL
    /// stores it), made here so the password itself never reaches the
    /// server or its logs. `salt` 16 random bytes when empty.
    static QString scramVerifier(const QString& password, QByteArray salt = {});
};

} // namespace debrief
