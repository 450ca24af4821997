#include "ServerAddress.h"

#include <QUrl>
#include <QUrlQuery>

namespace debrief {
namespace {

Error uriError(const QString& display, const QString& reason) {
    return Error{ServerAddress::tr("%1 is not a server address Debrief can use: %2. Write it as "
                                   "postgresql://user@host:port/database?sslmode=verify-full.")
                     .arg(display, reason)};
}

} // namespace

QString ServerAddress::withoutPassword(const QString& uri) {
    QUrl url(uri, QUrl::StrictMode);
    if (!url.isValid())
        return uri.section(u'@', -1);
    url.setPassword({});
    return url.toString();
}

const QStringList& ServerAddress::sslModes() {
    static const QStringList modes{QStringLiteral("disable"),   QStringLiteral("allow"),
                                   QStringLiteral("prefer"),    QStringLiteral("require"),
                                   QStringLiteral("verify-ca"), QStringLiteral("verify-full")};
    return modes;
}

bool ServerAddress::isServerUri(const QString& location) {
    return location.startsWith(QLatin1String("postgresql:"), Qt::CaseInsensitive) ||
           location.startsWith(QLatin1String("postgres:"), Qt::CaseInsensitive);
}

Result<ServerAddress> ServerAddress::parse(const QString& uri) {
    const QString shown = withoutPassword(uri);
    if (!isServerUri(uri))
        return uriError(shown, tr("it does not start with postgresql://"));
    const QUrl url(uri, QUrl::StrictMode);
    if (!url.isValid())
        return uriError(shown, url.errorString());
    ServerAddress address;
    address.host = url.host();
    if (address.host.isEmpty())
        return uriError(shown, tr("it names no host"));
    if (url.port() == 0)
        return uriError(shown, tr("port 0 is not a port"));
    address.port = url.port(5432);
    address.user = url.userName();
    if (address.user.isEmpty())
        return uriError(shown, tr("it names no user (user@host)"));
    address.password = url.password();
    address.database = url.path().mid(1);
    if (address.database.isEmpty() || address.database.contains(u'/'))
        return uriError(shown, tr("it names no database (…/database after the host)"));
    const QUrlQuery query(url);
    for (const auto& [key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == QLatin1String("sslmode")) {
            if (!sslModes().contains(value)) {
                return uriError(shown, tr("sslmode must be one of %1, not “%2”")
                                           .arg(sslModes().join(QLatin1String(", ")), value));
            }
            address.sslMode = value;
        } else if (key == QLatin1String("sslrootcert")) {
            address.sslRootCert = value;
        } else {
            return uriError(shown, tr("Debrief does not know the option “%1”").arg(key));
        }
    }
    return address;
}

QString ServerAddress::display() const {
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setUserName(user);
    url.setHost(host);
    url.setPort(port);
    url.setPath(u'/' + database);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("sslmode"), sslMode);
    if (!sslRootCert.isEmpty())
        query.addQueryItem(QStringLiteral("sslrootcert"), sslRootCert);
    url.setQuery(query);
    return url.toString();
}

ServerAddress ServerAddress::withDatabase(const QString& name) const {
    ServerAddress other = *this;
    other.database = name;
    return other;
}

QString ServerAddress::connectOptions() const {
    // libpq keywords; Qt passes them on. A value holding a space or a
    // quote would need quoting that QPSQL does not do: refused in parse()
    // for the mode, and a CA path with one is rare enough to fail plainly.
    QStringList options{QStringLiteral("sslmode=") + sslMode, QStringLiteral("connect_timeout=10")};
    if (!sslRootCert.isEmpty())
        options.append(QStringLiteral("sslrootcert=") + sslRootCert);
    return options.join(u';');
}

} // namespace debrief
