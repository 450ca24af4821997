#pragma once

#include "debrief_core_export.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <memory>

namespace debrief {

class SettingsBackend;

/// The user's preferences, stored in one flat `[Group] key=value` file named
/// "debriefrc" in the platform's config folder. KDE's KConfig writes it when
/// the build found KF6, QSettings otherwise; keys and file name are the same
/// either way. Tests pass their own file path to stay isolated.
class DEBRIEF_CORE_EXPORT Settings {
public:
    /// `filePath` empty: the user's standard config file.
    explicit Settings(const QString& filePath = {});
    ~Settings();
    Settings(const Settings&) = delete;
    Settings& operator=(const Settings&) = delete;

    /// Which implementation is in use: "KConfig" or "QSettings".
    QString backendName() const;
    /// The file the settings live in.
    QString filePath() const;

    QVariant value(const QString& group, const QString& key,
                   const QVariant& defaultValue = {}) const;
    void setValue(const QString& group, const QString& key, const QVariant& value);
    void sync();

    // The settings Debrief uses, typed, so that keys are spelled in one place.
    QString lastDatabasePath() const;
    void setLastDatabasePath(const QString& path);
    QByteArray mainWindowGeometry() const;
    void setMainWindowGeometry(const QByteArray& geometry);
    QByteArray mainWindowState() const;
    void setMainWindowState(const QByteArray& state);
    /// "de", "fr", "en"; empty means follow the system locale.
    QString uiLanguage() const;
    void setUiLanguage(const QString& language);
    /// The panelist scoring on this machine (uuid text); empty when unset.
    QString currentPanelistUuid() const;
    void setCurrentPanelistUuid(const QString& uuid);
    /// The panelists chosen on this machine, newest first (uuid texts), so
    /// each database remembers its own: the first one it knows is its panelist.
    QStringList scoringPanelistUuids() const;
    void setScoringPanelistUuids(const QStringList& uuids);

private:
    std::unique_ptr<SettingsBackend> m_backend;
};

} // namespace debrief
