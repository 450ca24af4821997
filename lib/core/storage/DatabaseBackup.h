#pragma once

#include "Result.h"
#include "debrief_core_export.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace debrief {

class Database;

/// Copies of a Debrief database file and putting one back: the automatic
/// copy before a schema upgrade and before a restore (next to the file, the
/// newest three kept), the backup a user asks for (File › Back Up…,
/// `debrief-cli backup`) and the restore (File › Restore…, `debrief-cli
/// restore`). Every copy is a consistent snapshot (SQLite's VACUUM INTO),
/// readable by its owner only, and appears under its name only when complete.
class DEBRIEF_CORE_EXPORT DatabaseBackup {
    Q_DECLARE_TR_FUNCTIONS(DatabaseBackup)

public:
    /// How many automatic copies of one database file are kept.
    static constexpr int kKeptAutomaticCopies = 3;

    /// Where a backup the user asks for goes unless they choose: next to the
    /// file, "<file>.backup.<UTC yyyyMMdd-HHmmss>.sqlite".
    static QString suggestedPath(const QString& databasePath, const QDateTime& now);

    /// Copies the Debrief database at `databasePath` as it is (no upgrade),
    /// also while it is open elsewhere, to `target`. Refuses a target that
    /// is the database or one of its SQLite side files, and an existing
    /// target unless `replace`.
    static Status backUp(const QString& databasePath, const QString& target, bool replace = false);

    /// The automatic copy made before `db` is upgraded to schema
    /// `toVersion`: "<file>.before-v<toVersion>.<time>.sqlite" next to it.
    /// Returns its path; older automatic copies beyond the newest three are
    /// removed.
    static Result<QString> beforeUpgrade(Database& db, int toVersion, const QDateTime& now);

    /// The automatic copies of `databasePath` that exist, oldest first.
    static QStringList automaticCopies(const QString& databasePath);

    /// Whether the file at `backupPath` can be restored (see restore()), and
    /// its schema version when it can.
    static Result<int> checkBackup(const QString& backupPath);

    /// Replaces the database at `databasePath` (which may not exist yet) by
    /// the backup at `backupPath`. Refuses a backup that is not a Debrief
    /// database, is damaged, holds nothing or was written by a newer
    /// Debrief, and a database that is open anywhere (close it first). What
    /// the file held is kept first in "<file>.before-restore.<time>.sqlite",
    /// whose path is returned (empty when there was no file). The restored
    /// file keeps the backup's schema; opening it upgrades it.
    static Result<QString> restore(const QString& databasePath, const QString& backupPath,
                                   const QDateTime& now);
};

} // namespace debrief
