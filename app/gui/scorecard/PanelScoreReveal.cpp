#include "PanelScoreReveal.h"

#include "DatabaseSession.h"

#include "storage/OpeningRepository.h"

namespace debrief {

bool PanelScoreReveal::isLead(DatabaseSession& session, RowId openingId, RowId panelistId) {
    if (!session.isOpen() || openingId == kNoRow)
        return false;
    auto opening = session.openings().get(openingId);
    if (!opening)
        return false;
    for (const PanelMember& seat : opening->panel) {
        if (seat.panelistId == panelistId)
            return seat.isLead;
    }
    return false;
}

Status PanelScoreReveal::reveal(DatabaseSession& session, RowId openingId, RowId panelistId) {
    auto opening = session.openings().get(openingId);
    if (!opening)
        return opening.error();
    if (!isLead(session, openingId, panelistId))
        return Error{
            tr("Only the panel lead of “%1” can reveal scores to the panel.").arg(opening->title)};
    if (opening->scoresRevealed)
        return {};
    opening->scoresRevealed = true;
    return session.openings().update(*opening);
}

} // namespace debrief
