#pragma once

#include "debrief_core_export.h"

#include <QObject>
#include <QString>

namespace debrief {

/// Tells whoever holds a server connection that it broke: Database reports
/// here when a statement fails because the connection to its server is
/// gone, so the window notices at the first failing statement, wherever it
/// was run, and can reconnect. One per process; signals only.
class DEBRIEF_CORE_EXPORT ServerConnectionEvents : public QObject {
    Q_OBJECT

public:
    static ServerConnectionEvents& instance();

    /// Called by Database for a statement on `connectionName` (its Qt SQL
    /// connection name) that failed with a lost connection.
    void reportLost(const QString& connectionName);

signals:
    void connectionLost(const QString& connectionName);

private:
    ServerConnectionEvents() = default;
};

} // namespace debrief
