#include "DemoDatabaseFile.h"

#include "files/OutputPaths.h"
#include "files/OwnerOnly.h"
#include "storage/Database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace debrief {
namespace {

/// Removes an SQLite file together with its journal files.
bool removeDatabaseFile(const QString& path) {
    for (const char* suffix : {"-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
    return !QFileInfo::exists(path) || QFile::remove(path);
}

Result<DemoDataSummary> generateInto(const QString& path,
                                     const DemoDataGenerator::Options& options) {
    if (!removeDatabaseFile(path))
        return Error{DemoDatabaseFile::tr("Cannot remove the leftover file %1.").arg(path)};
    auto opened = Database::openSqlite(path, Database::OpenMode::CreateIfMissing);
    if (!opened)
        return opened.error();
    auto summary = DemoDataGenerator(options).generate(**opened);
    opened->reset(); // closes the connection and folds the WAL back into the file
    if (!summary)
        removeDatabaseFile(path);
    return summary;
}

} // namespace

Status DemoDatabaseFile::mayReplace(const QString& path) {
    if (!QFileInfo(path).isFile() || QFileInfo(path).size() == 0)
        return {};
    // Reserved names only, and lower() is enough: the demo writes them so.
    static const QString reserved = QStringLiteral(
        "(lower(trim(email)) LIKE '%@example.com' OR lower(trim(email)) LIKE '%.example.com' "
        "OR lower(trim(email)) LIKE '%@example.org' OR lower(trim(email)) LIKE '%.example.org' "
        "OR lower(trim(email)) LIKE '%@example.net' OR lower(trim(email)) LIKE '%.example.net' "
        "OR lower(trim(email)) LIKE '%.test' OR lower(trim(email)) LIKE '%.example' "
        "OR lower(trim(email)) LIKE '%.invalid')");
    auto real = Database::peekValue(
        path, QStringLiteral("SELECT (SELECT COUNT(*) FROM candidates WHERE NOT %1) + "
                             "(SELECT COUNT(*) FROM panelists WHERE NOT %1)")
                  .arg(reserved));
    // No candidates table to read: not a Debrief database, nobody in it.
    if (!real || real->toLongLong() == 0)
        return {};
    return Error{
        tr("%1 holds a panel's own data (%n person(s) with a real e-mail address or none), "
           "not a demo: the demo does not replace it, not even with --force. Choose "
           "another file, or move this one away first.",
           "", int(real->toLongLong()))
            .arg(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath()))};
}

Result<DemoDataSummary> DemoDatabaseFile::write(const QString& path,
                                                const DemoDataGenerator::Options& options) {
    const QString target = QFileInfo(path).absoluteFilePath();
    if (Status allowed = OutputPaths::check(target); !allowed)
        return allowed.error();
    // The folder will hold candidates' personal data.
    if (Status made = OwnerOnly::makeFolders(QFileInfo(target).absolutePath()); !made)
        return made.error();
    const QString sideFile = target + QStringLiteral(".partial");
    auto summary = generateInto(sideFile, options);
    if (!summary)
        return summary;
    if (!removeDatabaseFile(target) || !QFile::rename(sideFile, target))
        return Error{tr("Cannot replace %1; the new data is in %2.").arg(target, sideFile)};
    return summary;
}

} // namespace debrief
