#include "ServerPermissions.h"

#include "storage/Database.h"

namespace debrief {
ServerPermissions::ServerPermissions(Database& db)
    : m_db(db) {
}

Status ServerPermissions::maySchedule(RowId applicationId) {
    return ask(QStringLiteral("SELECT debrief_may_schedule(?)"), applicationId,
               tr("Only the opening's panel lead (or the server's administrator) can schedule, "
                  "move or cancel interviews on this server. Nothing was changed."));
}

Status ServerPermissions::mayDecide(RowId openingId) {
    return ask(QStringLiteral("SELECT debrief_may_lead(?)"), openingId,
               tr("Only the opening's panel lead (or the server's administrator) can record or "
                  "change the decision on this server. Nothing was changed."));
}

Status ServerPermissions::maySetUp(RowId openingId) {
    return ask(QStringLiteral("SELECT debrief_may_seat(?)"), openingId,
               tr("Only the opening's panel lead (or the server's administrator) can change its "
                  "set-up and who sits on its panel on this server. Nothing was changed."));
}

Result<bool> ServerPermissions::enforced() {
    if (m_enforced)
        return *m_enforced;
    if (m_db.dialect() != SqlDialect::PostgreSql)
        return *(m_enforced = false);
    // A function that is not there fails the whole statement, even in a
    // branch never taken: ask whether it is there first. The newest of them
    // stands for all; a server set up by an earlier Debrief still enforces
    // its rules, and ServerErrors words its refusals.
    auto found =
        m_db.exec(QStringLiteral("SELECT to_regprocedure('debrief_may_seat(bigint)') IS NOT NULL"));
    if (!found)
        return found.error();
    m_enforced = found->next() && found->value(0).toBool();
    return *m_enforced;
}

Status ServerPermissions::ask(const QString& sql, RowId id, const QString& refused) {
    auto checked = enforced();
    if (!checked)
        return checked.error();
    if (!*checked)
        return {};
    auto allowed = m_db.exec(sql, {id});
    if (!allowed)
        return allowed.error();
    if (!allowed->next() || !allowed->value(0).toBool())
        return Error{refused};
    return {};
}

} // namespace debrief
