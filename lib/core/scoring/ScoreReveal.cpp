#include "ScoreReveal.h"

#include "storage/AuditRepository.h"
#include "storage/OpeningRepository.h"
#include "storage/PanelistRepository.h"
#include "storage/TransactionGuard.h"

namespace debrief {

bool ScoreReveal::isLead(const Opening& opening, RowId panelistId) {
    for (const PanelMember& seat : opening.panel) {
        if (seat.panelistId == panelistId)
            return seat.isLead;
    }
    return false;
}

bool ScoreReveal::canReveal(RowId openingId, RowId panelistId) {
    if (openingId == kNoRow)
        return false;
    auto opening = OpeningRepository(m_db).get(openingId);
    return opening && isLead(*opening, panelistId) && !opening->scoresRevealed;
}

Status ScoreReveal::reveal(RowId openingId, RowId panelistId, const QDateTime& now) {
    OpeningRepository openings(m_db);
    auto opening = openings.get(openingId);
    if (!opening)
        return opening.error();
    if (!isLead(*opening, panelistId)) {
        return Error{
            tr("Only the panel lead of “%1” can reveal scores to the panel.").arg(opening->title)};
    }
    if (opening->scoresRevealed)
        return {};
    auto lead = PanelistRepository(m_db).get(panelistId);
    if (!lead)
        return lead.error();

    TransactionGuard tx(m_db);
    if (!tx.begun())
        return tx.begun();
    opening->scoresRevealed = true;
    if (auto stored = openings.update(*opening); !stored)
        return stored;
    // Lifting blind scoring cannot be undone for the people who have looked,
    // so the log keeps who did it and when.
    AuditEntry entry;
    entry.occurredAt = now;
    entry.actor = lead->name;
    entry.entityType = QStringLiteral("opening");
    entry.entityUuid = opening->uuid;
    entry.field = QStringLiteral("scores_revealed");
    entry.oldValue = QStringLiteral("false");
    entry.newValue = QStringLiteral("true");
    entry.reason = tr("The panel lead revealed all submitted scorecards to the panel.");
    if (auto written = AuditRepository(m_db).insert(entry); !written)
        return written;
    return tx.commit();
}

} // namespace debrief
