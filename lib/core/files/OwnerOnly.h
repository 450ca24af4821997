#pragma once

#include "Result.h"
#include "debrief_core_export.h"

#include <QCoreApplication>
#include <QString>

namespace debrief {

/// Keeps candidates' personal data on disk to its owner: the folders
/// Debrief makes for it are owner-only (0700) whatever the umask, and a
/// file or folder it opens or fills is tightened to its owner (group and
/// others lose every permission; what the owner had stays, so a
/// write-protected file stays write-protected). On Windows a file in the
/// user's profile inherits the profile's access list, which already shuts
/// other users out; permission bits mean nothing there, so both are no-ops.
class DEBRIEF_CORE_EXPORT OwnerOnly {
    Q_DECLARE_TR_FUNCTIONS(OwnerOnly)

public:
    /// Creates the folder `path` and every missing folder above it, each
    /// owner-only. Folders that exist already are left as they are.
    static Status makeFolders(const QString& path);
    /// Takes group and other permissions off `path` when it exists and the
    /// current user owns it. False when that was not possible (someone
    /// else's file, a read-only file system); true when there was nothing to do.
    static bool tighten(const QString& path);
    /// Whether a group or others have any permission on `path`.
    static bool isShared(const QString& path);
};

} // namespace debrief
