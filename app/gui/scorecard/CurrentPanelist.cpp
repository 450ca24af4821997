#include "CurrentPanelist.h"

#include "DatabaseSession.h"

#include "opening/PanelDirectory.h"
#include "server/SessionPanelist.h"
#include "settings/Settings.h"

#include <QUuid>

namespace debrief {
namespace {

// Enough for every database one person plausibly scores in; older choices drop off.
constexpr qsizetype kRememberedDatabases = 32;

RowId findPanelist(DatabaseSession& session, const QString& uuidText) {
    const QUuid uuid(uuidText);
    if (uuid.isNull())
        return kNoRow;
    auto found = PanelDirectory(session.database()).panelistByUuid(uuid);
    return found && *found ? (*found)->id : kNoRow;
}

} // namespace

bool CurrentPanelist::fixedByLogin(DatabaseSession& session) {
    return session.isOpen() && SessionPanelist::fixedByLogin(session.database());
}

RowId CurrentPanelist::remembered(DatabaseSession& session, const Settings& settings) {
    if (!session.isOpen())
        return kNoRow;
    // On a server the login says who is scoring; nobody is ever assumed.
    if (fixedByLogin(session)) {
        auto current = SessionPanelist::currentId(session.database());
        return current ? *current : kNoRow;
    }
    for (const QString& uuid : settings.scoringPanelistUuids()) {
        if (const RowId id = findPanelist(session, uuid); id != kNoRow)
            return id;
    }
    // Choices made before the list existed were a single uuid.
    return findPanelist(session, settings.currentPanelistUuid());
}

RowId CurrentPanelist::resolve(DatabaseSession& session, const Settings& settings) {
    if (const RowId id = remembered(session, settings); id != kNoRow)
        return id;
    if (!session.isOpen() || fixedByLogin(session))
        return kNoRow;
    auto chosen = PanelDirectory(session.database()).defaultPanelist();
    return chosen ? *chosen : kNoRow;
}

void CurrentPanelist::remember(DatabaseSession& session, Settings& settings, RowId panelistId) {
    auto panelist = PanelDirectory(session.database()).panelist(panelistId);
    if (!panelist)
        return;
    const QString chosen = panelist->uuid.toString(QUuid::WithoutBraces);
    // This database's earlier choice goes, other databases' choices stay.
    QStringList uuids{chosen};
    for (const QString& uuid : settings.scoringPanelistUuids()) {
        if (findPanelist(session, uuid) == kNoRow && uuids.size() < kRememberedDatabases)
            uuids.append(uuid);
    }
    settings.setScoringPanelistUuids(uuids);
    settings.setCurrentPanelistUuid(chosen);
    settings.sync();
}

ScoreViewer CurrentPanelist::viewer(DatabaseSession& session, const Settings& settings) {
    const RowId id = resolve(session, settings);
    return ScoreViewer::panelist(id, name(session, id));
}

QString CurrentPanelist::name(DatabaseSession& session, RowId panelistId) {
    if (!session.isOpen() || panelistId == kNoRow)
        return {};
    auto panelist = PanelDirectory(session.database()).panelist(panelistId);
    return panelist ? panelist->name : QString();
}

} // namespace debrief
