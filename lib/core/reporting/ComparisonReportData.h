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
/// on ComparisonInput for the same FinalistSet and viewer, same tie
/// options), plus the decision record spelled out in names. Read from
/// storage; no drawing.
struct DEBRIEF_CORE_EXPORT ComparisonReportData {
    Q_DECLARE_TR_FUNCTIONS(ComparisonReportData)

public:
    Opening opening;
    ComparisonContext context;
    /// The scores as `input.viewer` may see them, of `input.finalists`
    /// (stated in the report).
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

    /// The finalists are FinalistSet::forOpening's (the window's default),
    /// their scores as `viewer` may see them.
    static Result<ComparisonReportData>
    load(Database& db, RowId openingId, const ScoreViewer& viewer, const TieOptions& ties = {});
};

} // namespace debrief
