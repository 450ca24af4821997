#include "CurrentPanelist.h"

#include "DatabaseSession.h"

#include "settings/Settings.h"
#include "storage/OpeningRepository.h"
#include "storage/PanelistRepository.h"

namespace debrief {

RowId CurrentPanelist::remembered(DatabaseSession& session, const Settings& settings) {
    const QUuid uuid(settings.currentPanelistUuid());
    if (!session.isOpen() || uuid.isNull())
        return kNoRow;
    auto found = session.panelists().findByUuid(uuid);
    return found && *found ? (*found)->id : kNoRow;
}

RowId CurrentPanelist::resolve(DatabaseSession& session, const Settings& settings) {
    if (const RowId id = remembered(session, settings); id != kNoRow)
        return id;
    if (!session.isOpen())
        return kNoRow;
    if (auto openings = session.openings().list()) {
        for (const Opening& opening : *openings) {
            for (const PanelMember& seat : opening.panel) {
                if (seat.isLead)
                    return seat.panelistId;
            }
        }
    }
    auto panelists = session.panelists().list();
    return panelists && !panelists->isEmpty() ? panelists->first().id : kNoRow;
}

void CurrentPanelist::remember(DatabaseSession& session, Settings& settings, RowId panelistId) {
    auto panelist = session.panelists().get(panelistId);
    if (!panelist)
        return;
    settings.setCurrentPanelistUuid(panelist->uuid.toString(QUuid::WithoutBraces));
    settings.sync();
}

} // namespace debrief
