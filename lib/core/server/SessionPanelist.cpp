#include "SessionPanelist.h"

#include "opening/PanelDirectory.h"
#include "storage/Database.h"

namespace debrief {

bool SessionPanelist::fixedByLogin(const Database& db) {
    return db.dialect() == SqlDialect::PostgreSql;
}

Result<Panelist> SessionPanelist::current(Database& db) {
    if (!fixedByLogin(db))
        return Error{tr("%1 is a file: who is scoring is chosen there, not given by a login.")
                         .arg(db.location())};
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
    auto found = db.exec(QStringLiteral("SELECT debrief_session_panelist()"));
    if (!found)
        return found.error();
    const QVariant id = found->next() ? found->value(0) : QVariant();
    if (id.isNull())
        return Error{tr("The login %1 on %2 is not linked to any panelist. The server's "
                        "administrator links it with debrief-cli server-add-panelist.")
                         .arg(login, db.location())};
    return PanelDirectory(db).panelist(id.toLongLong());
}

} // namespace debrief
