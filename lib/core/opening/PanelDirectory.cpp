#include "PanelDirectory.h"

#include "storage/OpeningRepository.h"
#include "storage/PanelistRepository.h"

namespace debrief {

Result<QList<Opening>> PanelDirectory::openings() {
    return OpeningRepository(m_db).list();
}

Result<Opening> PanelDirectory::opening(RowId openingId) {
    return OpeningRepository(m_db).get(openingId);
}

Result<std::optional<Opening>> PanelDirectory::openingByUuid(const QUuid& uuid) {
    return OpeningRepository(m_db).findByUuid(uuid);
}

Result<QList<Panelist>> PanelDirectory::panelists() {
    return PanelistRepository(m_db).list();
}

Result<Panelist> PanelDirectory::panelist(RowId panelistId) {
    return PanelistRepository(m_db).get(panelistId);
}

Result<std::optional<Panelist>> PanelDirectory::panelistByUuid(const QUuid& uuid) {
    return PanelistRepository(m_db).findByUuid(uuid);
}

Result<std::optional<Panelist>> PanelDirectory::panelistByLogin(const QString& loginRole) {
    return PanelistRepository(m_db).findByLogin(loginRole);
}

Result<QList<Panelist>> PanelDirectory::panelOf(RowId openingId) {
    return PanelistRepository(m_db).forOpening(openingId);
}

RowId PanelDirectory::leadOf(const Opening& opening) {
    for (const PanelMember& seat : opening.panel) {
        if (seat.isLead)
            return seat.panelistId;
    }
    return kNoRow;
}

Result<RowId> PanelDirectory::defaultPanelist() {
    auto all = openings();
    if (!all)
        return all.error();
    for (const Opening& each : *all) {
        if (const RowId lead = leadOf(each); lead != kNoRow)
            return lead;
    }
    auto people = panelists();
    if (!people)
        return people.error();
    return people->isEmpty() ? kNoRow : people->first().id;
}

} // namespace debrief
