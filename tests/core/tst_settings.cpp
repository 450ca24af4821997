#include "settings/Settings.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using debrief::Settings;

/// Settings against a throwaway file: values survive a round trip, typed
/// accessors use their own keys, and a second reader sees what was synced.
class TestSettings : public QObject {
    Q_OBJECT

private slots:
    void init();
    void backendIsTheConfiguredOne();
    void fileIsCreatedAtTheGivenPathOwnerOnly();
    void missingKeysGiveDefaults();
    void genericValuesRoundTrip();
    void typedAccessorsRoundTrip();
    void typedAccessorsAreIndependent();
    void secondInstanceReadsSyncedValues();
    void laterChangesReachAnOpenReader();

private:
    QString settingsPath() const { return m_dir->filePath(QStringLiteral("config/debriefrc")); }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestSettings::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestSettings::backendIsTheConfiguredOne() {
    Settings settings(settingsPath());
    QCOMPARE(settings.backendName(), QStringLiteral(DEBRIEF_SETTINGS_BACKEND));
    QCOMPARE(settings.filePath(), settingsPath());
}

void TestSettings::fileIsCreatedAtTheGivenPathOwnerOnly() {
    {
        Settings settings(settingsPath());
        settings.setUiLanguage(QStringLiteral("de"));
        settings.sync();
        QVERIFY(QFileInfo::exists(settingsPath()));
    }
    const QFileInfo info(settingsPath());
    QVERIFY(info.isFile());
    QVERIFY(info.size() > 0);
    QCOMPARE(info.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther |
                                   QFileDevice::WriteGroup | QFileDevice::WriteOther),
             QFileDevice::Permissions());
    QFile file(settingsPath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    // Flat [Group] key=value, the format both back ends share.
    QVERIFY2(text.contains("[Interface]"), text.constData());
    QVERIFY2(text.contains("language=de"), text.constData());
}

void TestSettings::missingKeysGiveDefaults() {
    {
        Settings settings(settingsPath());
        QCOMPARE(settings.value(QStringLiteral("Nowhere"), QStringLiteral("nothing")), QVariant());
        QCOMPARE(settings
                     .value(QStringLiteral("Nowhere"), QStringLiteral("nothing"),
                            QStringLiteral("fallback"))
                     .toString(),
                 QStringLiteral("fallback"));
        QCOMPARE(settings.value(QStringLiteral("Nowhere"), QStringLiteral("count"), 7).toInt(), 7);
        QVERIFY(settings.lastDatabasePath().isEmpty());
        QVERIFY(settings.mainWindowGeometry().isEmpty());
        QVERIFY(settings.mainWindowState().isEmpty());
        QVERIFY(settings.uiLanguage().isEmpty());
        QVERIFY(settings.currentPanelistUuid().isEmpty());
        settings.sync();
    }
    // Reading (and syncing nothing) never creates the file.
    QVERIFY(!QFileInfo::exists(settingsPath()));
}

void TestSettings::genericValuesRoundTrip() {
    const QString text = QStringLiteral("Zoë, \"quoted\" = ü; ; # not a comment");
    {
        Settings settings(settingsPath());
        settings.setValue(QStringLiteral("Misc"), QStringLiteral("text"), text);
        settings.setValue(QStringLiteral("Misc"), QStringLiteral("count"), 42);
        settings.setValue(QStringLiteral("Misc"), QStringLiteral("flag"), true);
    }
    Settings reader(settingsPath());
    QCOMPARE(reader.value(QStringLiteral("Misc"), QStringLiteral("text")).toString(), text);
    QCOMPARE(reader.value(QStringLiteral("Misc"), QStringLiteral("count"), 0), QVariant(42));
    QCOMPARE(reader.value(QStringLiteral("Misc"), QStringLiteral("flag"), false), QVariant(true));
    // A stored value that does not fit the requested type gives the default.
    QCOMPARE(reader.value(QStringLiteral("Misc"), QStringLiteral("text"), 5), QVariant(5));
}

void TestSettings::typedAccessorsRoundTrip() {
    // Geometry blobs contain NUL and high bytes; they must come back exactly.
    QByteArray geometry;
    for (int i = 0; i < 256; ++i)
        geometry.append(char(i));
    const QByteArray state = QByteArray::fromHex("000000ff00000000fd0000000100");
    const QString databasePath = m_dir->filePath(QStringLiteral("Panels/Büro 2.sqlite"));
    const QString uuid = QStringLiteral("{6f1c2b3a-9d7e-4f11-8a2b-0c1d2e3f4a5b}");
    {
        Settings settings(settingsPath());
        settings.setMainWindowGeometry(geometry);
        settings.setMainWindowState(state);
        settings.setLastDatabasePath(databasePath);
        settings.setUiLanguage(QStringLiteral("fr"));
        settings.setCurrentPanelistUuid(uuid);
        settings.setScoringPanelistUuids(
            {uuid, QStringLiteral("{00000000-0000-4000-8000-000000000001}")});
    }
    Settings reader(settingsPath());
    QCOMPARE(reader.mainWindowGeometry(), geometry);
    QCOMPARE(reader.mainWindowState(), state);
    QCOMPARE(reader.lastDatabasePath(), databasePath);
    QCOMPARE(reader.uiLanguage(), QStringLiteral("fr"));
    QCOMPARE(reader.currentPanelistUuid(), uuid);
    QCOMPARE(reader.scoringPanelistUuids(),
             (QStringList{uuid, QStringLiteral("{00000000-0000-4000-8000-000000000001}")}));
}

void TestSettings::typedAccessorsAreIndependent() {
    Settings settings(settingsPath());
    settings.setUiLanguage(QStringLiteral("de"));
    QCOMPARE(settings.uiLanguage(), QStringLiteral("de"));
    QVERIFY(settings.lastDatabasePath().isEmpty());
    QVERIFY(settings.currentPanelistUuid().isEmpty());
    settings.setMainWindowGeometry(QByteArray("abc"));
    QVERIFY(settings.mainWindowState().isEmpty());
    settings.setUiLanguage(QString());
    QVERIFY(settings.uiLanguage().isEmpty());
    QCOMPARE(settings.mainWindowGeometry(), QByteArray("abc"));
}

void TestSettings::secondInstanceReadsSyncedValues() {
    Settings writer(settingsPath());
    writer.setLastDatabasePath(QStringLiteral("/tmp/one.sqlite"));
    writer.sync();
    Settings reader(settingsPath());
    QCOMPARE(reader.lastDatabasePath(), QStringLiteral("/tmp/one.sqlite"));
    QCOMPARE(reader.filePath(), writer.filePath());
}

void TestSettings::laterChangesReachAnOpenReader() {
    Settings writer(settingsPath());
    Settings reader(settingsPath());
    writer.setUiLanguage(QStringLiteral("de"));
    writer.sync();
    reader.sync();
    QCOMPARE(reader.uiLanguage(), QStringLiteral("de"));
    writer.setUiLanguage(QStringLiteral("fr"));
    writer.sync();
    reader.sync();
    QCOMPARE(reader.uiLanguage(), QStringLiteral("fr"));
}

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"
