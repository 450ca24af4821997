#include "ExportTarget.h"

#include <QDir>
#include <QFileInfo>

namespace debrief {
namespace {

/// The path with links and ".." resolved: the file's own when it exists,
/// else its folder's with the file name kept.
QString resolved(const QString& path) {
    const QFileInfo info(path);
    if (info.exists())
        return info.canonicalFilePath();
    const QString folder = QFileInfo(info.absolutePath()).canonicalFilePath();
    return QDir(folder.isEmpty() ? info.absolutePath() : folder).filePath(info.fileName());
}

} // namespace

Status ExportTarget::checkNotDatabase(const QString& output, const QString& database) {
    const QString out = resolved(output);
    const QString db = resolved(database);
    for (const char* suffix : {"", "-wal", "-shm", "-journal"}) {
        if (out == db + QLatin1String(suffix))
            return Error{tr("%1 is the database (or one of its files); choose another file to "
                            "write to.")
                             .arg(output)};
    }
    return {};
}

} // namespace debrief
