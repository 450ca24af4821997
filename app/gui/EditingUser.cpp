#include "EditingUser.h"

#include "DatabaseSession.h"
#include "scorecard/CurrentPanelist.h"

#include "opening/PanelDirectory.h"

namespace debrief {

QString EditingUser::name(DatabaseSession& session, const Settings& settings) {
    const RowId id = CurrentPanelist::remembered(session, settings);
    if (id != kNoRow) {
        if (auto panelist = PanelDirectory(session.database()).panelist(id))
            return panelist->name;
    }
    const QString account = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    return account.isEmpty() ? tr("unknown user") : account;
}

} // namespace debrief
