#pragma once

#include <QStringList>

namespace debrief {

class ServerAddress;
class Settings;

/// The servers connected to most recently, newest first, kept in Settings
/// for File › Connect to Server…: each as ServerAddress::display(), which
/// never holds the password. Adding one also makes it what Debrief opens at
/// the next start.
class RecentServers {
public:
    explicit RecentServers(Settings& settings)
        : m_settings(settings) {}

    /// The addresses, as postgresql:// URIs without passwords.
    QStringList addresses() const;
    void add(const ServerAddress& server);

    static constexpr int kMaximum = 8;

private:
    Settings& m_settings;
};

} // namespace debrief
