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
/// On a shared panel server nothing is chosen or remembered: the panelist is
/// the one linked to the login (lib/core's SessionPanelist).
class CurrentPanelist {
public:
    /// Whether the open database is a server, where the login says who is
    /// scoring and File › Switch Panelist… does not exist.
    static bool fixedByLogin(DatabaseSession& session);
    /// The panelist remembered for the open database (on a server: linked to
    /// the login), kNoRow when none is.
    static RowId remembered(DatabaseSession& session, const Settings& settings);
    /// remembered(), else (on a file) the lead of the first opening that
    /// has one, else the first panelist; kNoRow for a database without
    /// panelists, or a server login linked to none.
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
