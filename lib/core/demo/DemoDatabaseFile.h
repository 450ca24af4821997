#pragma once

#include "DemoDataGenerator.h"
#include "Result.h"
#include "debrief_core_export.h"

#include <QCoreApplication>
#include <QString>

namespace debrief {

/// A demo database as a file, written the one way `debrief-cli demo` and
/// the window's "Try the demo" both use: generated into a side file that
/// replaces the target only once complete, so a failure never destroys the
/// file being replaced. Like every database file it is owner-only, and a
/// folder it has to create is too.
class DEBRIEF_CORE_EXPORT DemoDatabaseFile {
    Q_DECLARE_TR_FUNCTIONS(DemoDatabaseFile)

public:
    /// The demo's file name in the user's data folder.
    static QString defaultFileName() { return QStringLiteral("demo.sqlite"); }

    /// Writes the demo to `path`, replacing whatever file is there (but
    /// never a database open in this process).
    static Result<DemoDataSummary> write(const QString& path,
                                         const DemoDataGenerator::Options& options);
    /// Refuses to replace `path` when it is a Debrief database with real
    /// people in it: anyone whose e-mail address is not at a domain
    /// reserved for examples (RFC 2606: example.com/.org/.net, .test,
    /// .example, .invalid), or who has none. The demo's own people all are,
    /// so an earlier demo may be replaced; a panel's database may not, not
    /// even with --force. A file that is not a Debrief database passes.
    static Status mayReplace(const QString& path);
};

} // namespace debrief
