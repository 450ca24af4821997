#include "QSettingsBackend.h"

#include <QStandardPaths>

namespace debrief {

namespace {

QString defaultFilePath() {
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) +
           QStringLiteral("/debriefrc");
}

} // namespace

std::unique_ptr<SettingsBackend> createSettingsBackend(const QString& filePath) {
    return std::make_unique<QSettingsBackend>(filePath.isEmpty() ? defaultFilePath() : filePath);
}

QSettingsBackend::QSettingsBackend(const QString& filePath)
    : m_settings(filePath, QSettings::IniFormat) {
}

QString QSettingsBackend::name() const {
    return QStringLiteral("QSettings");
}

QString QSettingsBackend::filePath() const {
    return m_settings.fileName();
}

QVariant QSettingsBackend::value(const QString& group, const QString& key,
                                 const QVariant& defaultValue) const {
    const QVariant stored = m_settings.value(keyPath(group, key));
    if (!stored.isValid())
        return defaultValue;
    if (!defaultValue.isValid())
        return stored;
    // INI keeps everything but byte arrays as text: give callers the type
    // they asked for, and the default when the text does not convert.
    QVariant converted = stored;
    return converted.convert(defaultValue.metaType()) ? converted : defaultValue;
}

void QSettingsBackend::setValue(const QString& group, const QString& key, const QVariant& value) {
    m_pendingChanges = true;
    m_settings.setValue(keyPath(group, key), value);
}

void QSettingsBackend::sync() {
    m_pendingChanges = false;
    m_settings.sync();
}

QString QSettingsBackend::keyPath(const QString& group, const QString& key) {
    // QSettings reads "[General]" as top-level keys; Debrief never uses that
    // group name, so a group always maps to one INI section.
    return group + QLatin1Char('/') + key;
}

} // namespace debrief
