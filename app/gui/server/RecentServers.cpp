#include "RecentServers.h"

#include "settings/Settings.h"
#include "storage/ServerAddress.h"

namespace debrief {
namespace {

QString group() {
    return QStringLiteral("Server");
}

QString key() {
    return QStringLiteral("recentAddresses");
}

} // namespace

QStringList RecentServers::addresses() const {
    return m_settings.value(group(), key()).toStringList();
}

void RecentServers::add(const ServerAddress& server) {
    // display() leaves the password out: it never reaches the settings file.
    const QString address = server.display();
    QStringList list = addresses();
    list.removeAll(address);
    list.prepend(address);
    while (list.size() > kMaximum)
        list.removeLast();
    m_settings.setValue(group(), key(), list);
    m_settings.setLastDatabasePath(address);
    m_settings.sync();
}

} // namespace debrief
