#include "RecentDatabases.h"

#include "settings/Settings.h"

#include <QFileInfo>

namespace debrief {
namespace {

QString group() {
    return QStringLiteral("Database");
}

QString key() {
    return QStringLiteral("recentPaths");
}

} // namespace

QStringList RecentDatabases::files() const {
    return m_settings.value(group(), key()).toStringList();
}

void RecentDatabases::add(const QString& path) {
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList list = files();
    list.removeAll(absolute);
    list.prepend(absolute);
    while (list.size() > kMaximum)
        list.removeLast();
    store(list);
    m_settings.setLastDatabasePath(absolute);
    m_settings.sync();
}

void RecentDatabases::remove(const QString& path) {
    QStringList list = files();
    list.removeAll(QFileInfo(path).absoluteFilePath());
    store(list);
}

void RecentDatabases::clear() {
    store({});
}

void RecentDatabases::store(const QStringList& files) {
    m_settings.setValue(group(), key(), files);
}

} // namespace debrief
