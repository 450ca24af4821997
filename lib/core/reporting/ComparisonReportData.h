#pragma once

#include "Result.h"
#include "analytics/ComparisonContext.h"
#include "analytics/ComparisonInput.h"
#include "analytics/ComparisonReport.h"
#include "analytics/TieReport.h"
#include "debrief_core_export.h"
#include "domain/Decision.h"
#include "domain/Opening.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

#include <optional>

namespace debrief {

class Database;

/// What the finalist comparison report shows: the same analytics the
/// comparison view and `debrief-cli compare` compute (FinalistComparison::run
/// on ComparisonInput, same tie options), plus the decision record spelled
/// out in names. Read from storage; no drawing.
struct DEBRIEF_CORE_EXPORT ComparisonReportData {
    Q_DECLARE_TR_FUNCTIONS(ComparisonReportData)

public:
    Opening opening;
    ComparisonContext context;
    ComparisonInput input;
    ComparisonReport analytics;
    std::optional<Decision> decision;
    /// The panel lead's name (the first lead seated), for the sign-off.
    QString panelLeadName;
    /// The decision record in words: who recorded it, the deciding criteria.
    QString decidedByName;
    QStringList decidingCriteria;
    /// Names of the applications the decision names, by application id.
    QHash<RowId, QString> applicantNames;

    /// Before a decision the finalists are the app's default (every
    /// application at the interview stage or later with a submitted card);
    /// once the panel has decided, the applications the decision names
    /// (chosen, then runners-up by rank, then the others), because runners-up
    /// may have been rejected since and would otherwise drop out.
    static Result<ComparisonReportData> load(Database& db, RowId openingId,
                                             const TieOptions& ties = {});
    /// The applications the decision record names, in the order above.
    static QList<RowId> decidedFinalists(const Decision& decision);
};

} // namespace debrief
