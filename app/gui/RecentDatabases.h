#pragma once

#include <QStringList>

namespace debrief {

class Settings;

/// The database files opened most recently, newest first, kept in Settings
/// for File › Open Recent. Adding a file also makes it the one opened at the
/// next start.
class RecentDatabases {
public:
    explicit RecentDatabases(Settings& settings)
        : m_settings(settings) {}

    QStringList files() const;
    void add(const QString& path);
    void remove(const QString& path);
    void clear();

    static constexpr int kMaximum = 8;

private:
    void store(const QStringList& files);

    Settings& m_settings;
};

} // namespace debrief
