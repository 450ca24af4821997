#pragma once

#include "Result.h"
#include "debrief_core_export.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace debrief {

/// Where Debrief may write an output (an export, a report, an .eml, an
/// .ics, a folder of drafts): never onto a database it has open, nor onto
/// one of SQLite's own files beside it (-wal, -shm, -journal), by whatever
/// name the output is given (another spelling, a symbolic link, a hard
/// link). Every command, every save dialog and every writer of personal
/// data asks check() before it writes.
class DEBRIEF_CORE_EXPORT OutputPaths {
    Q_DECLARE_TR_FUNCTIONS(OutputPaths)

public:
    /// Refuses `output` when it is, or would replace, the database at
    /// `databasePath` (when given) or any database this process has open,
    /// or one of their side files. The message names both files.
    static Status check(const QString& output, const QString& databasePath = {});
    /// Whether `a` and `b` name the same file: the same device and inode
    /// when both exist (Unix), else the same path once links and `..` are
    /// resolved.
    static bool sameFile(const QString& a, const QString& b);

    /// The files SQLite keeps for the database at `path`: the file itself
    /// and its -wal, -shm and -journal files.
    static QStringList databaseFiles(const QString& path);

    /// Database keeps this list of the files it has open, so that a writer
    /// can refuse them without being told which database is open.
    static void databaseOpened(const QString& path);
    static void databaseClosed(const QString& path);
};

} // namespace debrief
