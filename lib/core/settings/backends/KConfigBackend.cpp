#include "KConfigBackend.h"

#include <KConfigGroup>

#include <QDir>
#include <QStandardPaths>

namespace debrief {

std::unique_ptr<SettingsBackend> createSettingsBackend(const QString& filePath) {
    return std::make_unique<KConfigBackend>(filePath);
}

KConfigBackend::KConfigBackend(const QString& filePath)
    // A relative name ("debriefrc") resolves in GenericConfigLocation; an
    // absolute path is used as it is. SimpleConfig: no kdeglobals, no cascade.
    : m_config(
          KSharedConfig::openConfig(filePath.isEmpty() ? QStringLiteral("debriefrc") : filePath,
                                    KConfig::SimpleConfig, QStandardPaths::GenericConfigLocation)) {
}

QString KConfigBackend::name() const {
    return QStringLiteral("KConfig");
}

QString KConfigBackend::filePath() const {
    const QString name = m_config->name();
    if (QDir::isAbsolutePath(name))
        return name;
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) +
           QLatin1Char('/') + name;
}

QVariant KConfigBackend::value(const QString& group, const QString& key,
                               const QVariant& defaultValue) const {
    const KConfigGroup configGroup = m_config->group(group);
    if (!configGroup.hasKey(key))
        return defaultValue;
    // Byte arrays (window geometry) are stored as base64 text: KConfig's
    // escaping of raw binary is not meant for NUL-laden blobs (KMainWindow
    // stores its state the same way).
    if (defaultValue.metaType().id() == QMetaType::QByteArray)
        return QByteArray::fromBase64(configGroup.readEntry(key, QString()).toLatin1());
    // An invalid default would make KConfig return an invalid value: read text.
    if (!defaultValue.isValid())
        return configGroup.readEntry(key, QString());
    return configGroup.readEntry(key, defaultValue);
}

void KConfigBackend::setValue(const QString& group, const QString& key, const QVariant& value) {
    m_pendingChanges = true;
    KConfigGroup configGroup = m_config->group(group);
    if (value.metaType().id() == QMetaType::QByteArray)
        configGroup.writeEntry(key, QString::fromLatin1(value.toByteArray().toBase64()));
    else
        configGroup.writeEntry(key, value);
}

void KConfigBackend::sync() {
    m_pendingChanges = false;
    m_config->sync();
    // Pick up what another Settings object or process wrote meanwhile.
    m_config->reparseConfiguration();
}

} // namespace debrief
