#include "OpeningComparison.h"

#include "domain/Enums.h"

#include <QStringList>

namespace debrief {
namespace {

QString roundsText(const OpeningSetup& setup) {
    QStringList names;
    for (const RoundSetup& round : setup.rounds)
        names.append(round.name.trimmed());
    return names.isEmpty() ? OpeningComparison::tr("none") : names.join(QStringLiteral(", "));
}

QString panelText(const OpeningSetup& setup) {
    QStringList names;
    for (const PanelSeat& seat : setup.panel)
        names.append(seat.name.trimmed());
    return names.isEmpty() ? OpeningComparison::tr("nobody") : names.join(QStringLiteral(", "));
}

QString leadText(const OpeningSetup& setup) {
    for (const PanelSeat& seat : setup.panel) {
        if (seat.isLead)
            return seat.name.trimmed();
    }
    return OpeningComparison::tr("none");
}

} // namespace

ComparedFields OpeningComparison::fields(const OpeningSetup& mine, const OpeningSetup& theirs) {
    return {
        {tr("Title"), mine.title.trimmed(), theirs.title.trimmed()},
        {tr("Team"), mine.team.trimmed(), theirs.team.trimmed()},
        {tr("Hiring manager"), mine.hiringManager.trimmed(), theirs.hiringManager.trimmed()},
        {tr("Positions"), QString::number(mine.positions), QString::number(theirs.positions)},
        {tr("Status"), toLabel(mine.status), toLabel(theirs.status)},
        {tr("Description"), mine.description.trimmed(), theirs.description.trimmed()},
        {tr("Rounds"), roundsText(mine), roundsText(theirs)},
        {tr("Panel"), panelText(mine), panelText(theirs)},
        {tr("Panel lead"), leadText(mine), leadText(theirs)},
    };
}

} // namespace debrief
