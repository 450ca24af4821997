#pragma once

#include <QString>
#include <QVariant>

#include <memory>

namespace debrief {

/// Where Settings keeps its values: one flat `[Group] key=value` file. Each
/// build compiles exactly one implementation (KConfig when KF6 was found,
/// QSettings otherwise), so the two never write the same file.
class SettingsBackend {
public:
    virtual ~SettingsBackend() = default;

    /// "KConfig" or "QSettings".
    virtual QString name() const = 0;
    virtual QString filePath() const = 0;
    /// The stored value converted to `defaultValue`'s type, or `defaultValue`
    /// when the key is missing. An invalid default reads the value as text.
    virtual QVariant value(const QString& group, const QString& key,
                           const QVariant& defaultValue) const = 0;
    virtual void setValue(const QString& group, const QString& key, const QVariant& value) = 0;
    /// Whether setValue() was called since the last sync().
    virtual bool hasPendingChanges() const = 0;
    /// Writes pending changes to the file and rereads changes made by others.
    virtual void sync() = 0;
};

/// The implementation this build was configured with (see SettingsBackend.cmake).
/// `filePath` empty: "debriefrc" in the user's generic config folder.
std::unique_ptr<SettingsBackend> createSettingsBackend(const QString& filePath);

} // namespace debrief
