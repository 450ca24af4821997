#pragma once

#include "domain/RowId.h"
#include "scoring/ScoreViewer.h"

#include <QString>

namespace debrief {

class DatabaseSession;
class Settings;

/// Who is scoring on this machine, remembered per database: the settings
/// keep the panelists chosen here, newest first, and a database's panelist
/// is the first of them it knows. Without a choice, a deterministic default
/// (the first panel lead) lets screenshots and tests run without a dialog.
class CurrentPanelist {
public:
    /// The panelist remembered for the open database, kNoRow when none is.
    static RowId remembered(DatabaseSession& session, const Settings& settings);
    /// remembered(), else the lead of the first opening that has one, else
    /// the first panelist; kNoRow for a database without panelists.
    static RowId resolve(DatabaseSession& session, const Settings& settings);
    /// Remembers `panelistId` for the open database (and as the latest choice).
    static void remember(DatabaseSession& session, Settings& settings, RowId panelistId);
    /// The panelist's name, empty when unknown.
    static QString name(DatabaseSession& session, RowId panelistId);
    /// resolve() as the viewer every read of scores takes (blind scoring);
    /// nobody for a database without panelists.
    static ScoreViewer viewer(DatabaseSession& session, const Settings& settings);
};

} // namespace debrief
