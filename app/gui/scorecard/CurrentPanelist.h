#pragma once

#include "domain/RowId.h"

namespace debrief {

class DatabaseSession;
class Settings;

/// Who is scoring on this machine: the panelist remembered in the settings
/// when this database knows them, else a deterministic default (the first
/// panel lead), so screenshots and tests need no dialog.
class CurrentPanelist {
public:
    /// The remembered panelist's id, kNoRow when unset or unknown here.
    static RowId remembered(DatabaseSession& session, const Settings& settings);
    /// remembered(), else the lead of the first opening that has one, else
    /// the first panelist; kNoRow for a database without panelists.
    static RowId resolve(DatabaseSession& session, const Settings& settings);
    static void remember(DatabaseSession& session, Settings& settings, RowId panelistId);
};

} // namespace debrief
