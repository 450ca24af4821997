#include "SessionPanelist.h"

#include "opening/PanelDirectory.h"
#include "storage/Database.h"

#include <QHash>
#include <QMutex>
#include <QMutexLocker>

namespace debrief {
namespace {

/// The panelist each open server connection's login is linked to, by the
/// connection's name (unique per connection, never reused). A login's link
/// does not change while it stays connected, so it is asked for once, not
/// at every detail pane and save; a reconnect is a new connection and asks
/// again. Connections live in several threads (a benchmark's clients).
class LinkedPanelists {
public:
    std::optional<RowId> find(const QString& connection) {
        const QMutexLocker lock(&m_mutex);
        const auto found = m_ids.constFind(connection);
        return found == m_ids.cend() ? std::nullopt : std::optional<RowId>(*found);
    }
    void keep(const QString& connection, RowId panelist) {
        const QMutexLocker lock(&m_mutex);
        m_ids.insert(connection, panelist);
    }
    void forget(const QString& connection) {
        const QMutexLocker lock(&m_mutex);
        m_ids.remove(connection);
    }

private:
    QMutex m_mutex;
    QHash<QString, RowId> m_ids;
};

LinkedPanelists& linkedPanelists() {
    static LinkedPanelists cache;
    return cache;
}

} // namespace

bool SessionPanelist::fixedByLogin(const Database& db) {
    return db.dialect() == SqlDialect::PostgreSql;
}

Result<RowId> SessionPanelist::currentId(Database& db) {
    if (!fixedByLogin(db))
        return Error{tr("%1 is a file: who is scoring is chosen there, not given by a login.")
                         .arg(db.location())};
    const QString connection = db.connection().connectionName();
    if (const auto known = linkedPanelists().find(connection))
        return *known;
    // The same rule as the server's debrief_session_panelist(), which the
    // row-level security asks: the panelist whose login_role is the login.
    auto setUp = db.exec(QStringLiteral(
        "SELECT session_user::text, to_regprocedure('debrief_session_panelist()') IS NOT NULL"));
    if (!setUp)
        return setUp.error();
    if (!setUp->next())
        return Error{tr("Cannot read the login of the connection to %1.").arg(db.location())};
    const QString login = setUp->value(0).toString();
    if (!setUp->value(1).toBool())
        return Error{tr("%1 is not set up as a panel server yet: its administrator runs "
                        "debrief-cli server-init on it first.")
                         .arg(db.location())};
    auto found = PanelDirectory(db).panelistByLogin(login);
    if (!found)
        return found.error();
    // Not remembered: the administrator may link the login any moment.
    if (!*found)
        return Error{tr("The login %1 on %2 is not linked to any panelist. The server's "
                        "administrator links it with debrief-cli server-add-panelist.")
                         .arg(login, db.location())};
    linkedPanelists().keep(connection, (*found)->id);
    return (*found)->id;
}

Result<Panelist> SessionPanelist::current(Database& db) {
    auto id = currentId(db);
    if (!id)
        return id.error();
    return PanelDirectory(db).panelist(*id);
}

void SessionPanelist::forget(const Database& db) {
    linkedPanelists().forget(db.connection().connectionName());
}

} // namespace debrief
