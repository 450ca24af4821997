#include "ServerErrors.h"

#include "ServerAddress.h"

#include <QSqlError>

#include <initializer_list>

namespace debrief {
namespace {

bool containsAny(const QString& text, std::initializer_list<const char*> needles) {
    for (const char* needle : needles) {
        if (text.contains(QLatin1String(needle), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

QString reasonOf(const QSqlError& error) {
    const QString database = error.databaseText().trimmed();
    return (database.isEmpty() ? error.driverText() : database).simplified();
}

QString hostAndPort(const ServerAddress& server) {
    return QStringLiteral("%1:%2").arg(server.host).arg(server.port);
}

} // namespace

ServerErrors::Kind ServerErrors::classify(const QSqlError& error) {
    // The SQLSTATE when the server sent one; libpq's own failures (and the
    // server's refusals during the login) come as text only, in English
    // unless libpq was translated: the texts below are libpq's and
    // PostgreSQL 12–16's.
    const QString state = error.nativeErrorCode();
    if (state.startsWith(QLatin1String("28")))
        return Kind::Authentication;
    if (state == QLatin1String("3D000"))
        return Kind::DatabaseMissing;
    if (state.startsWith(QLatin1String("08")) || state.startsWith(QLatin1String("57P0")))
        return Kind::ConnectionLost;
    // insufficient_privilege: a missing grant ("permission denied for table
    // …", "must be owner of …"), a policy's WITH CHECK ("new row violates
    // row-level security policy …") and server-init's guard triggers alike.
    if (state == QLatin1String("42501"))
        return Kind::Refused;
    const QString text = error.databaseText() + u' ' + error.driverText();
    if (containsAny(text, {"violates row-level security policy", "permission denied for",
                           "must be owner of"}))
        return Kind::Refused;
    if (containsAny(text, {"password authentication failed", "no password supplied",
                           "no pg_hba.conf entry", "authentication failed", "role \""}))
        return Kind::Authentication;
    if (containsAny(text, {"database \""}) && containsAny(text, {"does not exist"}))
        return Kind::DatabaseMissing;
    if (containsAny(text, {"server closed the connection unexpectedly", "terminating connection",
                           "no connection to the server", "connection to server was lost",
                           "could not send data to server", "could not receive data from server",
                           "ssl syscall error", "ssl connection has been closed unexpectedly"}))
        return Kind::ConnectionLost;
    if (containsAny(text, {"ssl", "certificate", "tls"}))
        return Kind::Tls;
    if (containsAny(text,
                    {"connection refused", "could not translate host name", "timeout expired",
                     "no route to host", "network is unreachable", "could not connect to server",
                     "connection timed out", "name or service not known"}))
        return Kind::Unreachable;
    return Kind::Other;
}

Error ServerErrors::connectFailure(const ServerAddress& server, const QSqlError& error) {
    const QString reason = reasonOf(error);
    switch (classify(error)) {
    case Kind::Unreachable:
        return Error{tr("Cannot reach the Debrief server at %1: nothing answers there (%2). "
                        "Check the host name and the port, that the server is running, and "
                        "that your network or VPN is up.")
                         .arg(hostAndPort(server), reason)};
    case Kind::Authentication:
        return Error{tr("The server at %1 refused the login of “%2”: the password is wrong, or "
                        "the server has no user of that name. Check both, or ask whoever runs "
                        "the server.")
                         .arg(hostAndPort(server), server.user)};
    case Kind::Tls: {
        QString hint;
        if (server.sslMode == QLatin1String("require"))
            hint = tr("The server may not offer TLS at all; ask whoever runs it.");
        else if (server.sslMode == QLatin1String("verify-ca"))
            hint = tr("Check that the CA file is the one that signed the server's certificate.");
        else if (server.sslMode == QLatin1String("verify-full"))
            hint = tr("Check that the CA file is the one that signed the server's certificate "
                      "and that the certificate is made out to the host “%1”.")
                       .arg(server.host);
        return Error{tr("The secure connection (TLS mode %1) to %2 failed: %3. %4")
                         .arg(server.sslMode, hostAndPort(server), reason, hint)
                         .trimmed()};
    }
    case Kind::DatabaseMissing:
        return Error{tr("The server at %1 has no database “%2”. Check the name, or ask whoever "
                        "runs the server which database the panel uses.")
                         .arg(hostAndPort(server), server.database)};
    case Kind::ConnectionLost:
        return connectionLost(server.display());
    case Kind::Refused:
        return refused(server.display());
    case Kind::Other:
        break;
    }
    return Error{tr("Cannot connect to %1: %2").arg(server.display(), reason)};
}

Error ServerErrors::connectionLost(const QString& serverDisplay) {
    return Error{tr("The connection to the server %1 was lost: the server restarted, the network "
                    "dropped, or an administrator ended the session.")
                     .arg(serverDisplay)};
}

Error ServerErrors::newerSchema(const QString& serverDisplay, int schemaVersion, int knownVersion) {
    return Error{tr("The database on %1 was set up by a newer version of Debrief (schema %2; "
                    "this version knows up to %3). Update Debrief to connect to it; nothing on "
                    "the server was changed.")
                     .arg(serverDisplay)
                     .arg(schemaVersion)
                     .arg(knownVersion)};
}

Error ServerErrors::olderSchema(const QString& serverDisplay, int schemaVersion,
                                int neededVersion) {
    if (schemaVersion == 0)
        return Error{tr("The database on %1 is not set up for Debrief yet, and your login may not "
                        "set it up. Ask your administrator to run `debrief-cli server-init --db "
                        "postgresql://ADMIN@HOST/DATABASE` on it; nothing on the server was "
                        "changed.")
                         .arg(serverDisplay)};
    return Error{tr("This server's database (%1) is at schema version %2; this version of "
                    "Debrief needs %3, and your login may not upgrade it. Ask your administrator "
                    "to run `debrief-cli server-init --db postgresql://ADMIN@HOST/DATABASE` with "
                    "this version of Debrief: it upgrades the database and sets up its roles "
                    "and policies again. Nothing on the server was changed.")
                     .arg(serverDisplay)
                     .arg(schemaVersion)
                     .arg(neededVersion)};
}

Error ServerErrors::refused(const QString& serverDisplay) {
    return Error{tr("The server %1 refused this change: your login has no right to make it. On a "
                    "panel server the schedule, the decision, revealing scores and the panel "
                    "are the panel lead's, and nobody changes another panelist's scorecard or "
                    "the audit trail. Nothing was changed.")
                     .arg(serverDisplay)};
}

} // namespace debrief
