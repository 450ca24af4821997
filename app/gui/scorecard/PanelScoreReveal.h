#pragma once

#include "Result.h"
#include "domain/RowId.h"

#include <QCoreApplication>

namespace debrief {

class DatabaseSession;

/// Lets the panel lead lift blind scoring for a whole opening, so panelists
/// who have not submitted yet see their colleagues' submitted scorecards.
class PanelScoreReveal {
    Q_DECLARE_TR_FUNCTIONS(PanelScoreReveal)

public:
    /// Whether `panelistId` leads the opening's panel.
    static bool isLead(DatabaseSession& session, RowId openingId, RowId panelistId);
    /// Marks the opening's scores revealed; refused unless `panelistId` is its lead.
    static Status reveal(DatabaseSession& session, RowId openingId, RowId panelistId);
};

} // namespace debrief
