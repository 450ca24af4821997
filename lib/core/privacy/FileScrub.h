#pragma once

#include "Result.h"
#include "debrief_core_export.h"

#include <QCoreApplication>
#include <QString>

namespace debrief {

class Database;

/// Makes removed personal text really leave an SQLite file: SQLite keeps
/// the old bytes of changed and deleted rows in free pages and in the
/// write-ahead log until they happen to be reused. Run after the change is
/// committed (VACUUM cannot run inside a transaction).
class DEBRIEF_CORE_EXPORT FileScrub {
    Q_DECLARE_TR_FUNCTIONS(FileScrub)

public:
    /// Copies the write-ahead log into the file, rebuilds the file without
    /// free pages (VACUUM) and empties the log again. True when the log is
    /// empty afterwards; false when another connection still reads an older
    /// state, so part of the log stays until that connection closes the
    /// file. Nothing to do for a server database.
    static Result<bool> run(Database& db);

    /// What to tell the user when run() gave false.
    static QString incompleteNote(const QString& location);
};

} // namespace debrief
