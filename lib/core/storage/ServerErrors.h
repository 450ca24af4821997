#pragma once

#include "Result.h"
#include "debrief_core_export.h"

#include <QCoreApplication>
#include <QString>

class QSqlError;

namespace debrief {

class ServerAddress;

/// What went wrong between Debrief and a shared panel server, read from
/// what Qt's PostgreSQL driver and libpq report, and worded for the user.
/// The one place that tells a wrong password from an unreachable server,
/// so the connection dialog, the command line and the window say the same.
class DEBRIEF_CORE_EXPORT ServerErrors {
    Q_DECLARE_TR_FUNCTIONS(ServerErrors)

public:
    enum class Kind {
        /// Nothing answers at host:port (refused, unknown host, timeout).
        Unreachable,
        /// The server refused the login: wrong password, no such role, or
        /// a password is needed and none was given.
        Authentication,
        /// The TLS handshake or the certificate check failed.
        Tls,
        /// The server has no database of that name.
        DatabaseMissing,
        /// A connection that worked is gone (server restarted, the session
        /// ended by an administrator, the network dropped).
        ConnectionLost,
        /// The server refused a statement the login has no right to
        /// (SQLSTATE 42501: a privilege not granted, a row-level security
        /// policy's check, one of server-init's guard triggers).
        Refused,
        /// Anything else: shown with the server's own words.
        Other
    };

    static Kind classify(const QSqlError& error);
    /// The message for a connection to `server` that could not be made.
    static Error connectFailure(const ServerAddress& server, const QSqlError& error);
    /// The message for a statement that failed because the connection to
    /// `serverDisplay` (ServerAddress::display) is gone.
    static Error connectionLost(const QString& serverDisplay);
    /// The message for a server whose database a newer Debrief set up.
    static Error newerSchema(const QString& serverDisplay, int schemaVersion, int knownVersion);
    /// The message for a server whose database is at an earlier schema than
    /// this Debrief needs, when the login may not upgrade it (only the
    /// owner of the tables may): the administrator runs server-init.
    static Error olderSchema(const QString& serverDisplay, int schemaVersion, int neededVersion);
    /// The message for a change the server refused (Kind::Refused) where
    /// no workflow said more: what the rights are, never the raw SQL.
    static Error refused(const QString& serverDisplay);
};

} // namespace debrief
