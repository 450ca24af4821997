#pragma once

#include "OpeningSetup.h"
#include "Result.h"
#include "debrief_core_export.h"
#include "storage/VersionedSave.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

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
    /// panelists' names and e-mail addresses, and the row's version; the
    /// rubric source is Empty.
    Result<OpeningSetup> load(RowId openingId);
    /// Checks the set-up (every problem in the Error, nothing written), then
    /// writes it over the opening with its uuid, as long as the opening is
    /// still at `setup.rowVersion`; otherwise refused as stale, nothing
    /// written, with the set-up as stored now in current(). On success
    /// `setup` is as written: new panelists' ids, new rounds' uuids and the
    /// new row version filled in.
    VersionedSave<OpeningSetup> save(OpeningSetup& setup);
    /// Writes back a set-up that was stored before (undo and redo) on the
    /// version stored now, without today's checks: an opening from an older
    /// file may have no rounds or no lead, and undo must still be able to
    /// put that back. With `expected`, refused (nothing written) unless the
    /// stored set-up is still that one, so an undo never takes back someone
    /// else's later change.
    Result<OpeningSetup> restore(const OpeningSetup& setup,
                                 const std::optional<OpeningSetup>& expected = std::nullopt);

private:
    enum class Base { EditorsVersion, StoredVersion };
    VersionedSave<OpeningSetup> write(OpeningSetup& setup, Base base,
                                      const std::optional<OpeningSetup>& expected);
    Status writeRounds(RowId openingId, QList<RoundSetup>& rounds);

    Database& m_db;
};

} // namespace debrief
