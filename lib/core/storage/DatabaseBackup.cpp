#include "DatabaseBackup.h"

#include "ServerAddress.h"

#include "Database.h"
#include "Migration.h"
#include "files/OutputPaths.h"
#include "files/OwnerOnly.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <algorithm>
#include <tuple>

namespace debrief {
namespace {

constexpr qint64 kCopyChunk = 1 << 20;

/// SQLite's result codes for "another connection holds the lock".
bool isBusy(const QSqlError& error) {
    return error.nativeErrorCode() == QLatin1String("5") ||
           error.nativeErrorCode() == QLatin1String("6");
}

/// A plain Qt SQL connection to one file, outside Database: a copy must
/// read a file as it is, without upgrading it, and a restore must close
/// every connection it opened before the file is replaced.
class RawConnection {
public:
    explicit RawConnection(const QString& path)
        : m_name(QStringLiteral("debrief-backup-") +
                 QUuid::createUuid().toString(QUuid::WithoutBraces)) {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        if (!db.open()) {
            m_error = db.lastError().text();
            return;
        }
        // A writer elsewhere delays a snapshot briefly; it never fails it.
        QSqlQuery(db).exec(QStringLiteral("PRAGMA busy_timeout = 2000"));
    }
    ~RawConnection() {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            if (db.isOpen())
                db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    RawConnection(const RawConnection&) = delete;
    RawConnection& operator=(const RawConnection&) = delete;

    bool isOpen() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

private:
    QString m_name;
    QString m_error;
};

QString stamp(const QDateTime& now) {
    return now.toUTC().toString(QStringLiteral("yyyyMMdd-HHmmss"));
}

/// "<folder>/<file>.<what>.<time>.sqlite", or with "-2", "-3"… before the
/// suffix when a copy was already made in the same second.
QString freePath(const QString& databasePath, const QString& what, const QDateTime& now) {
    const QString stem = databasePath + QLatin1Char('.') + what + QLatin1Char('.') + stamp(now);
    QString path = stem + QStringLiteral(".sqlite");
    for (int n = 2; QFileInfo::exists(path); ++n)
        path = stem + QLatin1Char('-') + QString::number(n) + QStringLiteral(".sqlite");
    return path;
}

/// Whether `path` is the database at `databasePath` or one of the files
/// SQLite keeps beside it, by any name: a copy must never land on them.
bool isOwnFile(const QString& databasePath, const QString& path) {
    const QStringList files = OutputPaths::databaseFiles(databasePath);
    return std::any_of(files.cbegin(), files.cend(),
                       [&path](const QString& file) { return OutputPaths::sameFile(file, path); });
}

/// Moves the finished copy `side` to `target` through QSaveFile: written
/// to disk in full, owner-only, then renamed over the target in one step.
Status publish(const QString& side, const QString& target) {
    QFile in(side);
    if (!in.open(QIODevice::ReadOnly))
        return Error{DatabaseBackup::tr("Cannot read %1: %2").arg(side, in.errorString())};
    QSaveFile out(target);
    if (!out.open(QIODevice::WriteOnly))
        return Error{DatabaseBackup::tr("Cannot write %1: %2").arg(target, out.errorString())};
    out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    while (!in.atEnd()) {
        const QByteArray chunk = in.read(kCopyChunk);
        if (chunk.isEmpty() || out.write(chunk) != chunk.size()) {
            out.cancelWriting();
            return Error{DatabaseBackup::tr("Cannot write %1: %2").arg(target, out.errorString())};
        }
    }
    if (!out.commit())
        return Error{DatabaseBackup::tr("Cannot write %1: %2").arg(target, out.errorString())};
    return {};
}

/// Writes a consistent snapshot of what `source` holds (read through its
/// WAL) to `target`: first into an owner-only side file, then published.
Status snapshot(QSqlDatabase source, const QString& target, bool replace) {
    if (!replace && QFileInfo::exists(target))
        return Error{
            DatabaseBackup::tr("%1 already exists; choose another name for the copy.").arg(target)};
    const QFileInfo info(target);
    if (auto made = OwnerOnly::makeFolders(info.absolutePath()); !made)
        return made;
    const QString side = target + QStringLiteral(".partial");
    QFile::remove(side); // left by a copy that was cut off
    {
        // VACUUM INTO fills an empty file it finds and keeps its permissions.
        QFile file(side);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
            return Error{DatabaseBackup::tr("Cannot write %1: %2").arg(side, file.errorString())};
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
    QSqlQuery vacuum(source);
    Status done;
    if (!vacuum.prepare(QStringLiteral("VACUUM INTO ?"))) {
        done = Error{DatabaseBackup::tr("Cannot copy the database to %1: %2")
                         .arg(target, vacuum.lastError().text())};
    } else {
        vacuum.addBindValue(side);
        if (!vacuum.exec())
            done = Error{DatabaseBackup::tr("Cannot copy the database to %1: %2")
                             .arg(target, vacuum.lastError().text())};
    }
    if (done)
        done = publish(side, target);
    QFile::remove(side);
    return done;
}

/// Removes the oldest automatic copies of `databasePath` beyond the newest
/// kKeptAutomaticCopies.
void prune(const QString& databasePath) {
    const QStringList copies = DatabaseBackup::automaticCopies(databasePath);
    for (qsizetype i = 0; i + DatabaseBackup::kKeptAutomaticCopies < copies.size(); ++i) {
        for (const QString& file : OutputPaths::databaseFiles(copies.at(i)))
            QFile::remove(file);
    }
}

/// Keeps what the database file holds before a restore replaces it. Only a
/// connection that is alone on the file may take it out of WAL mode: that
/// proves nobody has it open and folds its WAL into the file, so no stale
/// -wal file can meet the restored one.
Result<QString> keepBeforeRestore(const QString& databasePath, const QDateTime& now) {
    const QString target = freePath(databasePath, QStringLiteral("before-restore"), now);
    RawConnection current(databasePath);
    QSqlQuery mode(current.db());
    if (current.isOpen() && mode.exec(QStringLiteral("PRAGMA journal_mode = DELETE")) &&
        mode.next() && mode.value(0).toString() == QLatin1String("delete")) {
        mode.finish();
        if (auto kept = snapshot(current.db(), target, false); !kept)
            return kept.error();
        return target;
    }
    if (isBusy(mode.lastError()) || mode.isActive()) {
        return Error{DatabaseBackup::tr("%1 is open in Debrief or another program. Close it there "
                                        "and try again; nothing was changed.")
                         .arg(databasePath)};
    }
    // Not readable as a database (damaged, or not SQLite at all): keep its
    // bytes as they are, with its WAL if it has one.
    for (const QString& suffix : {QString(), QStringLiteral("-wal")}) {
        if (!QFileInfo::exists(databasePath + suffix))
            continue;
        if (!QFile::copy(databasePath + suffix, target + suffix))
            return Error{DatabaseBackup::tr("Cannot keep a copy of %1 in %2; nothing was changed.")
                             .arg(databasePath, target)};
        QFile::setPermissions(target + suffix, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
    return target;
}

/// Backups here are copies of a file: a server's databases are backed up
/// by whoever runs the server (pg_dump), never by writing a file named
/// like its address.
std::optional<Error> refuseServer(const QString& location) {
    if (!ServerAddress::isServerUri(location))
        return std::nullopt;
    return Error{DatabaseBackup::tr("%1 is a database on a server: Debrief backs up and restores "
                                    "database files only. The server's administrator backs up "
                                    "its databases (for example with pg_dump).")
                     .arg(ServerAddress::withoutPassword(location))};
}

} // namespace

QString DatabaseBackup::suggestedPath(const QString& databasePath, const QDateTime& now) {
    return freePath(QFileInfo(databasePath).absoluteFilePath(), QStringLiteral("backup"), now);
}

Status DatabaseBackup::backUp(const QString& databasePath, const QString& target, bool replace) {
    if (auto refused = refuseServer(databasePath))
        return *refused;
    const QString database = QFileInfo(databasePath).absoluteFilePath();
    const QString copy = QFileInfo(target).absoluteFilePath();
    if (isOwnFile(database, copy))
        return Error{tr("%1 is the database itself or one of its own files; choose another name "
                        "for the copy.")
                         .arg(copy)};
    auto version = Database::schemaVersionOf(database);
    if (!version)
        return version.error();
    RawConnection source(database);
    if (!source.isOpen())
        return Error{tr("Cannot open %1: %2").arg(database, source.error())};
    return snapshot(source.db(), copy, replace);
}

Result<QString> DatabaseBackup::beforeUpgrade(Database& db, int toVersion, const QDateTime& now) {
    const QString target =
        freePath(db.location(), QStringLiteral("before-v") + QString::number(toVersion), now);
    if (auto copied = snapshot(db.connection(), target, false); !copied) {
        return Error{tr("Cannot keep a copy of %1 before upgrading it to schema %2, so it was "
                        "not upgraded and not changed: %3")
                         .arg(db.location())
                         .arg(toVersion)
                         .arg(copied.error().message)};
    }
    prune(db.location());
    return target;
}

QStringList DatabaseBackup::automaticCopies(const QString& databasePath) {
    const QFileInfo info(QFileInfo(databasePath).absoluteFilePath());
    const QRegularExpression pattern(
        QStringLiteral("^%1\\.before-(?:v\\d+|restore)\\.(\\d{8}-\\d{6})(?:-(\\d+))?\\.sqlite$")
            .arg(QRegularExpression::escape(info.fileName())));
    QList<std::tuple<QString, int, QString>> found;
    const QDir folder = info.absoluteDir();
    for (const QString& name : folder.entryList(QDir::Files)) {
        const QRegularExpressionMatch match = pattern.match(name);
        if (match.hasMatch())
            found.append({match.captured(1), match.captured(2).toInt(), folder.filePath(name)});
    }
    std::sort(found.begin(), found.end());
    QStringList paths;
    for (const auto& each : std::as_const(found))
        paths.append(std::get<2>(each));
    return paths;
}

Result<int> DatabaseBackup::checkBackup(const QString& backupPath) {
    const QString backup = QFileInfo(backupPath).absoluteFilePath();
    auto version = Database::schemaVersionOf(backup, true);
    if (!version)
        return Error{tr("Cannot restore from %1; nothing was changed. %2")
                         .arg(backup, version.error().message)};
    if (*version < 1)
        return Error{tr("%1 holds no Debrief data; nothing was changed.").arg(backup)};
    if (*version > latestSchemaVersion())
        return Error{tr("%1 was written by a newer version of Debrief (schema %2; this version "
                        "knows up to %3). Update Debrief to restore it; nothing was changed.")
                         .arg(backup)
                         .arg(*version)
                         .arg(latestSchemaVersion())};
    return version;
}

Result<QString> DatabaseBackup::restore(const QString& databasePath, const QString& backupPath,
                                        const QDateTime& now) {
    if (auto refused = refuseServer(databasePath))
        return *refused;
    const QString database = QFileInfo(databasePath).absoluteFilePath();
    const QString backup = QFileInfo(backupPath).absoluteFilePath();
    if (isOwnFile(database, backup))
        return Error{
            tr("%1 is the database itself, not a backup of it; nothing was changed.").arg(backup)};
    if (auto usable = checkBackup(backup); !usable)
        return usable.error();
    QString kept;
    if (QFileInfo::exists(database)) {
        auto copy = keepBeforeRestore(database, now);
        if (!copy)
            return copy.error();
        kept = *copy;
    }
    {
        RawConnection source(backup);
        if (!source.isOpen())
            return Error{tr("Cannot open %1: %2").arg(backup, source.error())};
        if (auto restored = snapshot(source.db(), database, true); !restored)
            return restored.error();
    }
    prune(database);
    return kept;
}

} // namespace debrief
