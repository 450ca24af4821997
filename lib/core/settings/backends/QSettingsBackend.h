#pragma once

#include "settings/SettingsBackend.h"

#include <QSettings>

namespace debrief {

/// Settings stored through QSettings in INI format: the back end of builds
/// without KDE Frameworks (Debian 12, Windows and macOS packages).
class QSettingsBackend final : public SettingsBackend {
public:
    explicit QSettingsBackend(const QString& filePath);

    QString name() const override;
    QString filePath() const override;
    QVariant value(const QString& group, const QString& key,
                   const QVariant& defaultValue) const override;
    void setValue(const QString& group, const QString& key, const QVariant& value) override;
    bool hasPendingChanges() const override { return m_pendingChanges; }
    void sync() override;

private:
    static QString keyPath(const QString& group, const QString& key);

    QSettings m_settings;
    bool m_pendingChanges = false;
};

} // namespace debrief
