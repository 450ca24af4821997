#include "OwnerOnly.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace debrief {

Status OwnerOnly::makeFolders(const QString& path) {
    const QString target = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    // The missing folders, innermost first.
    QStringList missing;
    for (QString folder = target; !QFileInfo::exists(folder);
         folder = QFileInfo(folder).absolutePath()) {
        missing.prepend(folder);
        if (QFileInfo(folder).absolutePath() == folder)
            break; // the root itself is missing: let mkdir say so
    }
    if (!missing.isEmpty() && !QFileInfo(QFileInfo(missing.first()).absolutePath()).isDir())
        return Error{tr("Cannot create the folder %1: %2 is not a folder.")
                         .arg(target, QFileInfo(missing.first()).absolutePath())};
    for (const QString& folder : std::as_const(missing)) {
        // mkdir with the mode at once: there is no moment in which a folder
        // for personal data is open to others (the umask can only take
        // permissions away, never add them).
        if (!QDir().mkdir(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner) &&
            !QFileInfo(folder).isDir())
            return Error{tr("Cannot create the folder %1.").arg(folder)};
    }
    if (!QFileInfo(target).isDir())
        return Error{tr("%1 is a file, not a folder.").arg(target)};
    return {};
}

bool OwnerOnly::tighten(const QString& path) {
#ifdef Q_OS_UNIX
    struct stat info {};
    const QByteArray native = QFile::encodeName(path);
    if (::stat(native.constData(), &info) != 0)
        return true; // nothing there to protect
    if ((info.st_mode & 077) == 0)
        return true;
    if (info.st_uid != ::geteuid())
        return false;
    return ::chmod(native.constData(), info.st_mode & 07700) == 0;
#else
    // Windows: files and folders under the user's profile inherit its access
    // list, which already keeps other users out; there are no mode bits to
    // take away, and QFile::setPermissions() only toggles "read-only".
    Q_UNUSED(path);
    return true;
#endif
}

bool OwnerOnly::isShared(const QString& path) {
#ifdef Q_OS_UNIX
    struct stat info {};
    return ::stat(QFile::encodeName(path).constData(), &info) == 0 && (info.st_mode & 077) != 0;
#else
    // Windows: see tighten(); the profile's access list decides.
    Q_UNUSED(path);
    return false;
#endif
}

} // namespace debrief
