#pragma once

#include "Result.h"
#include "debrief_core_export.h"

#include <QCoreApplication>
#include <QStringList>

namespace debrief {

class Database;

/// Makes a PostgreSQL database a shared panel server: the group roles
/// (debrief_panelist, debrief_lead, debrief_admin), their privileges, and the
/// row-level security that carries blind scoring and the lead's rights on the
/// server itself (docs/SERVER.md). Every step may run again: a second run
/// changes nothing.
class DEBRIEF_CORE_EXPORT ServerInit {
    Q_DECLARE_TR_FUNCTIONS(ServerInit)

public:
    /// The group a panelist's login role is a member of.
    static const QString& panelistGroup();
    /// The group of every panel lead (the lead of which opening is
    /// opening_panel.is_lead).
    static const QString& leadGroup();
    /// The group of the server's administrators: they see and write
    /// everything but the audit trail's past.
    static const QString& adminGroup();

    /// Runs the whole set-up on `db` (already migrated by Database::open),
    /// in one transaction. Refused on SQLite, and when one of the group
    /// roles exists as a role that can log in.
    static Status run(Database& db);

    /// The statements run() executes, in order: the one place where the
    /// server's roles, grants, functions, triggers and policies are written.
    static const QStringList& statements();
};

} // namespace debrief
