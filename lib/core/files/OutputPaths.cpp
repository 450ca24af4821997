#include "OutputPaths.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QMutexLocker>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

namespace debrief {
namespace {

QMutex& registryLock() {
    static QMutex lock;
    return lock;
}

/// The databases open in this process (a name may be open more than once).
QStringList& openDatabases() {
    static QStringList open;
    return open;
}

/// `path` with symbolic links followed and `.`/`..` resolved, also when
/// the file (or the link's target) does not exist yet: then its folder is
/// resolved and the name kept.
QString resolved(const QString& path) {
    QString current = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    // A dangling link still says where a write through it would land.
    for (int hops = 0; hops < 40 && QFileInfo(current).isSymLink(); ++hops) {
        const QString target = QFileInfo(current).symLinkTarget();
        if (target.isEmpty() || QFileInfo::exists(target))
            break;
        current = QDir::cleanPath(target);
    }
    const QFileInfo info(current);
    if (info.exists())
        return info.canonicalFilePath();
    const QString folder = QFileInfo(info.absolutePath()).canonicalFilePath();
    return folder.isEmpty() ? current : QDir(folder).filePath(info.fileName());
}

#ifdef Q_OS_UNIX
bool sameInode(const QString& a, const QString& b) {
    struct stat first {};
    struct stat second {};
    return ::stat(QFile::encodeName(a).constData(), &first) == 0 &&
           ::stat(QFile::encodeName(b).constData(), &second) == 0 &&
           first.st_dev == second.st_dev && first.st_ino == second.st_ino;
}
#endif

Qt::CaseSensitivity pathCase() {
#if defined(Q_OS_WIN) || defined(Q_OS_MACOS)
    // Windows: NTFS names, and macOS: APFS as formatted by default, ignore case.
    return Qt::CaseInsensitive;
#else
    return Qt::CaseSensitive;
#endif
}

Status refuse(const QString& output, const QString& database, const QString& sideFile) {
    if (sideFile.isEmpty())
        return Error{
            OutputPaths::tr("%1 is the database %2 itself; writing there would destroy "
                            "it. Nothing was written; choose another file.")
                .arg(QDir::toNativeSeparators(output), QDir::toNativeSeparators(database))};
    return Error{OutputPaths::tr("%1 is one of the database's own files (%2 keeps its journal "
                                 "there as %3); writing there would damage it. Nothing was "
                                 "written; choose another file.")
                     .arg(QDir::toNativeSeparators(output), QDir::toNativeSeparators(database),
                          QFileInfo(sideFile).fileName())};
}

} // namespace

bool OutputPaths::sameFile(const QString& a, const QString& b) {
#ifdef Q_OS_UNIX
    // Hard links share an inode, whatever their names.
    if (sameInode(a, b))
        return true;
#else
    // Windows: Qt has no portable file id; a hard link there is caught only
    // by name. Debrief's own files are never hard-linked by Debrief.
#endif
    return resolved(a).compare(resolved(b), pathCase()) == 0;
}

QStringList OutputPaths::databaseFiles(const QString& path) {
    return {path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm"),
            path + QStringLiteral("-journal")};
}

void OutputPaths::databaseOpened(const QString& path) {
    const QMutexLocker locker(&registryLock());
    openDatabases().append(path);
}

void OutputPaths::databaseClosed(const QString& path) {
    const QMutexLocker locker(&registryLock());
    openDatabases().removeOne(path);
}

Status OutputPaths::check(const QString& output, const QString& databasePath) {
    QStringList databases;
    {
        const QMutexLocker locker(&registryLock());
        databases = openDatabases();
    }
    if (!databasePath.isEmpty())
        databases.prepend(databasePath);
    for (const QString& database : std::as_const(databases)) {
        const QStringList files = databaseFiles(database);
        for (const QString& file : files) {
            if (sameFile(output, file))
                return refuse(output, database, file == database ? QString() : file);
        }
    }
    return {};
}

} // namespace debrief
