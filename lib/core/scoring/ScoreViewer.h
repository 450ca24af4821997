#pragma once

#include "Result.h"
#include "debrief_core_export.h"
#include "domain/RowId.h"

#include <QCoreApplication>
#include <QString>

namespace debrief {

class Database;

/// Who is looking at scores: every read of scorecards for display takes
/// one, so BlindScoringPolicy decides what they may see. A viewer is a
/// panelist (or nobody), with their name and how they came to be the viewer,
/// so an output can say whose view it shows.
struct DEBRIEF_CORE_EXPORT ScoreViewer {
    Q_DECLARE_TR_FUNCTIONS(ScoreViewer)

public:
    enum class Basis {
        /// Nobody is looking: not a panelist, sees what a non-panel viewer sees.
        Nobody,
        /// The person using the app or named on the command line (`--as`).
        Named,
        /// No one was named, so the opening's panel lead is assumed.
        PanelLead,
    };

    RowId panelistId = kNoRow;
    QString name;
    Basis basis = Basis::Nobody;

    /// `panelistId` as the named viewer; kNoRow gives nobody.
    static ScoreViewer panelist(RowId panelistId, const QString& name = {});
    /// `panelistId` with their name read from storage; kNoRow gives nobody.
    static Result<ScoreViewer> named(Database& db, RowId panelistId);
    /// The opening's panel lead (the first lead seated), basis PanelLead;
    /// nobody when the panel has no lead.
    static Result<ScoreViewer> panelLead(Database& db, RowId openingId);

    bool isNobody() const { return panelistId == kNoRow; }
    /// Whose view this is, for a line in an output: "Priya Raman", "Priya
    /// Raman, the panel lead, since no one was named", "nobody on the panel".
    QString description() const;
    /// The basis as a stable key for machine-readable output: "named",
    /// "panel-lead" or "nobody".
    QString basisKey() const;
    /// "Blind scoring: the scores as seen by Priya Raman.": the line every
    /// output that shows scores carries.
    QString seenBy() const;
};

} // namespace debrief
