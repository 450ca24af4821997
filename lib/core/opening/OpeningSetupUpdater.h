#pragma once

#include "OpeningSetup.h"
#include "Result.h"
#include "debrief_core_export.h"

#include <QCoreApplication>
#include <QList>

namespace debrief {

class Database;
struct Opening;

/// Reads and rewrites the set-up of an existing opening: title, team,
/// hiring manager, positions, status, description, the rounds (renamed,
/// reordered, added, or removed while no interview was held in them) and
/// the panel, in one transaction. The rubric is left alone: it has its own
/// editor and its own versions.
class DEBRIEF_CORE_EXPORT OpeningSetupUpdater {
    Q_DECLARE_TR_FUNCTIONS(OpeningSetupUpdater)

public:
    explicit OpeningSetupUpdater(Database& db)
        : m_db(db) {}

    /// The set-up as stored, rounds with their uuids and seats with the
    /// panelists' names and e-mail addresses; the rubric source is Empty.
    Result<OpeningSetup> load(RowId openingId);
    /// Checks the set-up (every problem in the Error, nothing written), then
    /// writes it over the opening with its uuid. Gives the set-up as
    /// written: new panelists' ids and new rounds' uuids filled in.
    Result<OpeningSetup> apply(const OpeningSetup& setup);
    /// Writes back a set-up that was stored before (undo and redo) without
    /// today's checks: an opening from an older file may have no rounds or
    /// no lead, and undo must still be able to put that back.
    Result<OpeningSetup> restore(const OpeningSetup& setup);

private:
    Result<OpeningSetup> write(OpeningSetup setup);
    Status writeRounds(RowId openingId, QList<RoundSetup>& rounds);

    Database& m_db;
};

} // namespace debrief
