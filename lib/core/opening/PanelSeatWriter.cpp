#include "PanelSeatWriter.h"

#include "storage/PanelistRepository.h"

namespace debrief {

Result<QList<PanelMember>> PanelSeatWriter::write(QList<PanelSeat>& seats) {
    PanelistRepository panelists(m_db);
    auto stored = panelists.list();
    if (!stored)
        return stored.error();
    QList<PanelMember> members;
    for (PanelSeat& seat : seats) {
        if (seat.isNew()) {
            const QString email = seat.email.trimmed();
            for (const Panelist& known : *stored) {
                if (!email.isEmpty() && known.email.compare(email, Qt::CaseInsensitive) == 0)
                    seat.panelistId = known.id;
            }
        }
        if (seat.isNew()) {
            Panelist person;
            person.name = seat.name.trimmed();
            person.email = seat.email.trimmed();
            if (Status inserted = panelists.insert(person); !inserted)
                return inserted.error();
            seat.panelistId = person.id;
            stored->append(person);
        } else if (auto found = panelists.get(seat.panelistId); !found) {
            return Error{tr("%1 is no longer a panelist in this database.").arg(seat.name)};
        }
        for (const PanelMember& member : members) {
            if (member.panelistId == seat.panelistId)
                return Error{tr("%1 sits on the panel twice.").arg(seat.name.trimmed())};
        }
        members.append(PanelMember{seat.panelistId, seat.isLead});
    }
    return members;
}

} // namespace debrief
