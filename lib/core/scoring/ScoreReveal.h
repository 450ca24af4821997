#pragma once

#include "Result.h"
#include "debrief_core_export.h"
#include "domain/Opening.h"
#include "domain/RowId.h"

#include <QCoreApplication>
#include <QDateTime>

namespace debrief {

class Database;

/// The panel lead's way to lift blind scoring for a whole opening: once
/// revealed, every panelist sees the submitted scorecards of the opening's
/// candidates, even before submitting their own. Only the lead may do it,
/// and the audit log records who did it and when.
class DEBRIEF_CORE_EXPORT ScoreReveal {
    Q_DECLARE_TR_FUNCTIONS(ScoreReveal)

public:
    explicit ScoreReveal(Database& db)
        : m_db(db) {}

    /// Whether `panelistId` has the lead's seat on the opening's panel.
    static bool isLead(const Opening& opening, RowId panelistId);
    /// Whether the reveal is open to `panelistId` now: they lead the panel
    /// and the scores are still hidden.
    bool canReveal(RowId openingId, RowId panelistId);

    /// Marks the opening's scores revealed and writes an audit entry, in one
    /// transaction. Refused, with a message for the user, unless `panelistId`
    /// leads the panel; revealing twice changes nothing.
    Status reveal(RowId openingId, RowId panelistId, const QDateTime& now);

private:
    Database& m_db;
};

} // namespace debrief
