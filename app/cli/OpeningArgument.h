#pragma once

#include "Result.h"
#include "domain/RowId.h"

#include <QCoreApplication>
#include <QString>

namespace debrief {
class Database;
}

namespace debrief::cli {

/// Reads the `--opening` value of a command: an opening's row id in the
/// file, or its uuid (stable across files).
class OpeningArgument {
    Q_DECLARE_TR_FUNCTIONS(OpeningArgument)

public:
    /// The opening's row id; kNoRow when `given` is neither a number nor a
    /// uuid; an Error when it is a uuid that no opening in `db` has.
    static Result<RowId> resolve(Database& db, const QString& given);
};

} // namespace debrief::cli
