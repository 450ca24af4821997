#include "Settings.h"

#include "SettingsBackend.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace debrief {

namespace {

// Group and key names live here only; the file format is part of what users
// keep between versions, so a rename needs a migration.
const QString kGroupDatabase = QStringLiteral("Database");
const QString kGroupMainWindow = QStringLiteral("MainWindow");
const QString kGroupInterface = QStringLiteral("Interface");
const QString kGroupPanel = QStringLiteral("Panel");

} // namespace

Settings::Settings(const QString& filePath)
    : m_backend(createSettingsBackend(filePath)) {
}

Settings::~Settings() {
    sync();
}

QString Settings::backendName() const {
    return m_backend->name();
}

QString Settings::filePath() const {
    return m_backend->filePath();
}

QVariant Settings::value(const QString& group, const QString& key,
                         const QVariant& defaultValue) const {
    return m_backend->value(group, key, defaultValue);
}

void Settings::setValue(const QString& group, const QString& key, const QVariant& value) {
    m_backend->setValue(group, key, value);
}

void Settings::sync() {
    // The file names the panel's database and who is scoring on this
    // machine: it is created owner-only before the back end writes it (both
    // write through QSaveFile, which keeps an existing file's permissions).
    const QString path = m_backend->filePath();
    const bool exists = QFile::exists(path);
    if (!exists && !m_backend->hasPendingChanges())
        return; // Nothing to write: reading alone never creates the file.
    if (!exists) {
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile file(path);
        if (file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
            file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
    m_backend->sync();
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

QString Settings::lastDatabasePath() const {
    return value(kGroupDatabase, QStringLiteral("lastPath"), QString()).toString();
}

void Settings::setLastDatabasePath(const QString& path) {
    setValue(kGroupDatabase, QStringLiteral("lastPath"), path);
}

QByteArray Settings::mainWindowGeometry() const {
    return value(kGroupMainWindow, QStringLiteral("geometry"), QByteArray()).toByteArray();
}

void Settings::setMainWindowGeometry(const QByteArray& geometry) {
    setValue(kGroupMainWindow, QStringLiteral("geometry"), geometry);
}

QByteArray Settings::mainWindowState() const {
    return value(kGroupMainWindow, QStringLiteral("state"), QByteArray()).toByteArray();
}

void Settings::setMainWindowState(const QByteArray& state) {
    setValue(kGroupMainWindow, QStringLiteral("state"), state);
}

QString Settings::uiLanguage() const {
    return value(kGroupInterface, QStringLiteral("language"), QString()).toString();
}

void Settings::setUiLanguage(const QString& language) {
    setValue(kGroupInterface, QStringLiteral("language"), language);
}

QString Settings::currentPanelistUuid() const {
    return value(kGroupPanel, QStringLiteral("currentPanelist"), QString()).toString();
}

void Settings::setCurrentPanelistUuid(const QString& uuid) {
    setValue(kGroupPanel, QStringLiteral("currentPanelist"), uuid);
}

QStringList Settings::scoringPanelistUuids() const {
    // One space-separated string reads the same in QSettings and KConfig.
    const QString text =
        value(kGroupPanel, QStringLiteral("scoringPanelists"), QString()).toString();
    return text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

void Settings::setScoringPanelistUuids(const QStringList& uuids) {
    setValue(kGroupPanel, QStringLiteral("scoringPanelists"), uuids.join(QLatin1Char(' ')));
}

} // namespace debrief
