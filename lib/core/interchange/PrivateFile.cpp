#include "PrivateFile.h"

#include "files/OutputPaths.h"

#include <QSaveFile>

namespace debrief {

Status PrivateFile::write(const QString& path, const QByteArray& bytes) {
    // QSaveFile would replace an open database with these bytes as happily
    // as any other file.
    if (Status allowed = OutputPaths::check(path); !allowed)
        return allowed;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{tr("Cannot write %1: %2").arg(path, file.errorString())};
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(bytes);
    if (!file.commit())
        return Error{tr("Cannot write %1: %2").arg(path, file.errorString())};
    return {};
}

} // namespace debrief
