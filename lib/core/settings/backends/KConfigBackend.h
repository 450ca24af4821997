#pragma once

#include "settings/SettingsBackend.h"

#include <KSharedConfig>

namespace debrief {

/// Settings stored through KDE's KConfig (KF6::ConfigCore) as a simple
/// config file without cascading: the back end of builds on KDE Frameworks,
/// such as the Flatpak on org.kde.Platform.
class KConfigBackend final : public SettingsBackend {
public:
    explicit KConfigBackend(const QString& filePath);

    QString name() const override;
    QString filePath() const override;
    QVariant value(const QString& group, const QString& key,
                   const QVariant& defaultValue) const override;
    void setValue(const QString& group, const QString& key, const QVariant& value) override;
    bool hasPendingChanges() const override { return m_pendingChanges; }
    void sync() override;

private:
    KSharedConfigPtr m_config;
    bool m_pendingChanges = false;
};

} // namespace debrief
