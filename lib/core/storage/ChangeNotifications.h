#pragma once

#include "Result.h"
#include "debrief_core_export.h"

#include <QString>

namespace debrief {

class Database;

/// The server side of live updates (docs/ARCHITECTURE.md, "Live updates"):
/// on PostgreSQL, triggers announce every change of the rows a panel
/// watches on one NOTIFY channel, with ids and the login role only, never a
/// name, a note or a score. SQLite has no such channel and gets nothing.
class DEBRIEF_CORE_EXPORT ChangeNotifications {
public:
    /// The NOTIFY channel every change is announced on.
    static QString channel();
    /// Migration 11's step: creates the trigger function and its triggers
    /// on a PostgreSQL database (as its owner); nothing on SQLite.
    static Status install(Database& db);
};

} // namespace debrief
