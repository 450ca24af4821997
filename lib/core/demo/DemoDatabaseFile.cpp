#include "DemoDatabaseFile.h"

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

Result<DemoDataSummary> DemoDatabaseFile::write(const QString& path,
                                                const DemoDataGenerator::Options& options) {
    const QString target = QFileInfo(path).absoluteFilePath();
    const QString folder = QFileInfo(target).absolutePath();
    if (!QFileInfo::exists(folder)) {
        if (!QDir().mkpath(folder))
            return Error{tr("Cannot create the folder %1.").arg(folder)};
        // The folder will hold candidates' personal data.
        QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                          QFileDevice::ExeOwner);
    }
    const QString sideFile = target + QStringLiteral(".partial");
    auto summary = generateInto(sideFile, options);
    if (!summary)
        return summary;
    if (!removeDatabaseFile(target) || !QFile::rename(sideFile, target))
        return Error{tr("Cannot replace %1; the new data is in %2.").arg(target, sideFile)};
    return summary;
}

} // namespace debrief
