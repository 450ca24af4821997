#pragma once

#include "Result.h"
#include "debrief_core_export.h"

#include <QCoreApplication>
#include <QString>

namespace debrief {

/// Where a shared panel server is: a PostgreSQL connection URI as `--db`
/// takes it, `postgresql://user@host:port/dbname?sslmode=…`. Anything
/// starting with `postgresql:` or `postgres:` is read as one (and refused
/// when it is not a valid one), never as a file name.
class DEBRIEF_CORE_EXPORT ServerAddress {
    Q_DECLARE_TR_FUNCTIONS(ServerAddress)

public:
    /// libpq's TLS modes, weakest first.
    static const QStringList& sslModes();

    /// Whether `location` is meant as a server (by its scheme alone).
    static bool isServerUri(const QString& location);
    /// `uri` as messages may show it: without its password (if it has one;
    /// a malformed one without the part before the host).
    static QString withoutPassword(const QString& uri);
    /// Reads a URI; the error names the part that is wrong.
    static Result<ServerAddress> parse(const QString& uri);

    QString host;
    int port = 5432;
    QString database;
    QString user;
    /// Only when the URI carries one (tests); the app keeps passwords in
    /// the system's keychain.
    QString password;
    /// One of sslModes(); "prefer", libpq's default, when not given.
    QString sslMode = QStringLiteral("prefer");
    /// A CA certificate file for verify-ca and verify-full.
    QString sslRootCert;

    /// The URI without the password: for messages, titles and logs.
    QString display() const;
    /// The same server with another database on it.
    ServerAddress withDatabase(const QString& name) const;
    /// Qt's QPSQL connect options for the TLS settings.
    QString connectOptions() const;
};

} // namespace debrief
