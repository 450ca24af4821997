#pragma once

#include "Result.h"
#include "debrief_core_export.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace debrief {

/// Files that hold candidates' personal data (exports, scorecard packages).
class DEBRIEF_CORE_EXPORT PrivateFile {
    Q_DECLARE_TR_FUNCTIONS(PrivateFile)

public:
    /// Writes `bytes` atomically (a half-written file never replaces a good
    /// one) and readable by the owner only (0600). Refuses a path that is an
    /// open database or one of its files (OutputPaths).
    static Status write(const QString& path, const QByteArray& bytes);
};

} // namespace debrief
