#include "ScoreViewer.h"

#include "storage/OpeningRepository.h"
#include "storage/PanelistRepository.h"

namespace debrief {

ScoreViewer ScoreViewer::panelist(RowId panelistId, const QString& name) {
    if (panelistId == kNoRow)
        return {};
    return {panelistId, name, Basis::Named};
}

Result<ScoreViewer> ScoreViewer::named(Database& db, RowId panelistId) {
    if (panelistId == kNoRow)
        return ScoreViewer{};
    auto panelist = PanelistRepository(db).get(panelistId);
    if (!panelist)
        return panelist.error();
    return ScoreViewer{panelist->id, panelist->name, Basis::Named};
}

Result<ScoreViewer> ScoreViewer::panelLead(Database& db, RowId openingId) {
    auto opening = OpeningRepository(db).get(openingId);
    if (!opening)
        return opening.error();
    for (const PanelMember& seat : opening->panel) {
        if (!seat.isLead)
            continue;
        auto lead = named(db, seat.panelistId);
        if (!lead)
            return lead.error();
        lead->basis = Basis::PanelLead;
        return lead;
    }
    ScoreViewer nobody;
    nobody.basis = Basis::PanelLead;
    return nobody;
}

QString ScoreViewer::description() const {
    if (isNobody()) {
        return basis == Basis::PanelLead
                   ? tr("nobody on the panel, since no one was named and the opening has no panel "
                        "lead")
                   : tr("nobody on the panel");
    }
    if (basis == Basis::PanelLead)
        return tr("%1, the panel lead, since no one was named").arg(name);
    return name;
}

QString ScoreViewer::seenBy() const {
    return tr("Blind scoring: the scores as seen by %1.").arg(description());
}

QString ScoreViewer::basisKey() const {
    switch (basis) {
    case Basis::Named:
        return QStringLiteral("named");
    case Basis::PanelLead:
        return QStringLiteral("panel-lead");
    case Basis::Nobody:
        break;
    }
    return QStringLiteral("nobody");
}

} // namespace debrief
