#pragma once

#include "DecisionRequest.h"
#include "Result.h"
#include "debrief_core_export.h"
#include "domain/Decision.h"
#include "live/ComparedField.h"

#include <QCoreApplication>

namespace debrief {

class Database;

/// The decision as this lead was amending it next to the one someone else
/// stored meanwhile: each finalist's outcome (by candidate name), then the
/// deciding criteria (by name), the rationale, whether the deciding factor
/// may be shared, and who decided. The rows of a decision's edit conflict.
class DEBRIEF_CORE_EXPORT DecisionComparison {
    Q_DECLARE_TR_FUNCTIONS(DecisionComparison)

public:
    /// Names read from `db`; an error when one of them cannot be read.
    static Result<ComparedFields> fields(Database& db, const DecisionRequest& mine,
                                         const Decision& theirs);
};

} // namespace debrief
