#pragma once

#include "Result.h"
#include "debrief_core_export.h"
#include "domain/Opening.h"
#include "domain/Panelist.h"

#include <QList>
#include <QUuid>

#include <optional>

namespace debrief {

class Database;

/// The openings and the people on their panels, as windows and commands pick
/// them: every opening (the order the opening list shows), one by id or
/// uuid, every panelist, an opening's panel, and who leads it (the one rule
/// of which seat is "the panel lead").
class DEBRIEF_CORE_EXPORT PanelDirectory {
public:
    explicit PanelDirectory(Database& db)
        : m_db(db) {}

    Result<QList<Opening>> openings();
    Result<Opening> opening(RowId openingId);
    /// std::nullopt when no opening has this uuid (one removed since).
    Result<std::optional<Opening>> openingByUuid(const QUuid& uuid);

    /// Everyone who sits or sat on a panel, by name.
    Result<QList<Panelist>> panelists();
    Result<Panelist> panelist(RowId panelistId);
    Result<std::optional<Panelist>> panelistByUuid(const QUuid& uuid);
    /// The panelist a server login role belongs to (panelists.login_role);
    /// std::nullopt when nobody's, and for an empty name.
    Result<std::optional<Panelist>> panelistByLogin(const QString& loginRole);
    /// The opening's panel, in seat order.
    Result<QList<Panelist>> panelOf(RowId openingId);

    /// The panel lead of an opening: the first lead seated; kNoRow when no
    /// seat is a lead.
    static RowId leadOf(const Opening& opening);
    /// Who scores in a database where nobody chose a panelist yet: the lead
    /// of the first opening that has one, else the first panelist; kNoRow
    /// when there are no panelists.
    Result<RowId> defaultPanelist();

private:
    Database& m_db;
};

} // namespace debrief
