#pragma once

#include "Result.h"
#include "debrief_core_export.h"
#include "domain/RowId.h"

#include <QCoreApplication>
#include <QString>
#include <QUuid>

namespace debrief {

class Database;

/// What a comparison's output names besides the numbers: the opening and
/// the rubric version the criteria come from, so a saved report says what
/// it was computed on.
struct DEBRIEF_CORE_EXPORT ComparisonContext {
    Q_DECLARE_TR_FUNCTIONS(ComparisonContext)

public:
    RowId openingId = kNoRow;
    QUuid openingUuid;
    QString openingTitle;
    RowId rubricId = kNoRow;
    QUuid rubricUuid;
    /// 0 when the opening has no rubric.
    int rubricVersion = 0;

    /// Reads the opening and the rubric version `rubricId` (kNoRow: none).
    static Result<ComparisonContext> load(Database& db, RowId openingId, RowId rubricId);
};

} // namespace debrief
