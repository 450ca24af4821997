#pragma once

#include "Result.h"
#include "debrief_core_export.h"

#include <QCoreApplication>
#include <QString>

namespace debrief {

/// Where an export of personal data may go: anywhere but over the database
/// it came from. The window's and the command line's exports both ask.
class DEBRIEF_CORE_EXPORT ExportTarget {
    Q_DECLARE_TR_FUNCTIONS(ExportTarget)

public:
    /// Refuses an output path that is the database itself or one of
    /// SQLite's files next to it (-wal, -shm, -journal), however it is
    /// spelled (relative, "..", symbolic links): writing there would
    /// destroy the panel's data.
    static Status checkNotDatabase(const QString& output, const QString& database);
};

} // namespace debrief
