#include "ServerConnectionEvents.h"

namespace debrief {

ServerConnectionEvents& ServerConnectionEvents::instance() {
    static ServerConnectionEvents events;
    return events;
}

void ServerConnectionEvents::reportLost(const QString& connectionName) {
    emit connectionLost(connectionName);
}

} // namespace debrief
