#include "PasswordStore.h"

#include "storage/ServerAddress.h"

namespace debrief {

QString PasswordStore::accountOf(const ServerAddress& server) {
    return QStringLiteral("%1@%2:%3/%4")
        .arg(server.user, server.host)
        .arg(server.port)
        .arg(server.database);
}

} // namespace debrief
