// File › Connect to Server…: the connection dialog as a user fills it in
// (every field reached by its label's mnemonic, none shared), the address
// it makes, the CA file only for the verifying TLS modes, a failed
// connection that keeps the dialog open with its message, a keychain that
// cannot be used, and the recent servers kept in the settings without the
// password. Run on a 1280×720 screen and on 2560×1440 at scale 2.

#include "DatabaseSession.h"
#include "MainWindow.h"
#include "MnemonicCheck.h"
#include "server/ConnectionDialog.h"
#include "server/MemoryPasswordStore.h"
#include "server/RecentServers.h"
#include "server/ServerMenu.h"
#include "server/ServerStartup.h"

#include "settings/Settings.h"
#include "storage/ServerAddress.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace debrief;

class TestConnectionDialog : public QObject {
    Q_OBJECT

private slots:
    void init() {
        QVERIFY(m_dir.isValid());
        m_settings = std::make_unique<Settings>(m_dir.filePath(QStringLiteral("debriefrc")));
    }

    void everyFieldHasALabelWithItsOwnMnemonic() {
        ConnectionDialog dialog;
        dialog.setRecentServers({QStringLiteral("postgresql://ana@db.example:5432/panel")});
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(test::MnemonicCheck::inWindow(&dialog, QStringLiteral("connection dialog")),
                 QStringList());
        QStringList buddies;
        for (const QLabel* label : dialog.findChildren<QLabel*>()) {
            if (label->buddy())
                buddies.append(label->buddy()->objectName());
        }
        buddies.sort();
        QCOMPARE(buddies,
                 QStringList({QStringLiteral("caFile"), QStringLiteral("recentServers"),
                              QStringLiteral("serverDatabase"), QStringLiteral("serverHost"),
                              QStringLiteral("serverPassword"), QStringLiteral("serverPort"),
                              QStringLiteral("serverUser"), QStringLiteral("tlsMode")}));
        // Alt+W reaches the password field through its label.
        QTest::keyClick(&dialog, Qt::Key_W, Qt::AltModifier);
        QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("serverPassword"));
    }

    void fitsTheScreen() {
        const QScreen* screen = QGuiApplication::primaryScreen();
        QCOMPARE(screen->availableGeometry().size(), QSize(1280, 720));
        ConnectionDialog dialog;
        dialog.setRecentServers({QStringLiteral("postgresql://ana@db.example:5432/panel")});
        dialog.setPasswordStorageUnavailable(QStringLiteral("No keychain is available."));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY2(screen->availableGeometry().contains(dialog.frameGeometry()),
                 qPrintable(QStringLiteral("%1×%2")
                                .arg(dialog.frameGeometry().width())
                                .arg(dialog.frameGeometry().height())));
        QVERIFY(dialog.minimumSizeHint().width() <= 1000);
        QVERIFY(dialog.minimumSizeHint().height() <= 600);
    }

    void typedFieldsMakeTheAddress() {
        ConnectionDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTest::keyClicks(field<QLineEdit>(dialog, "serverHost"), QStringLiteral("db.example.org"));
        auto* port = field<QSpinBox>(dialog, "serverPort");
        port->selectAll();
        QTest::keyClicks(port, QStringLiteral("6432"));
        QTest::keyClicks(field<QLineEdit>(dialog, "serverDatabase"), QStringLiteral("panel"));
        QTest::keyClicks(field<QLineEdit>(dialog, "serverUser"), QStringLiteral("priya"));
        auto* mode = field<QComboBox>(dialog, "tlsMode");
        auto* caFile = field<QLineEdit>(dialog, "caFile");
        QCOMPARE(mode->currentData().toString(), QStringLiteral("prefer"));
        QVERIFY(!caFile->isEnabled());
        mode->setCurrentIndex(mode->findData(QStringLiteral("verify-full")));
        QVERIFY(caFile->isEnabled());
        QVERIFY(field<QPushButton>(dialog, "browseCaFile")->isEnabled());
        QTest::keyClicks(caFile, QStringLiteral("/etc/debrief/ca.pem"));
        QTest::keyClicks(field<QLineEdit>(dialog, "serverPassword"), QStringLiteral("s3cret"));
        QCOMPARE(field<QLineEdit>(dialog, "serverPassword")->echoMode(), QLineEdit::Password);

        const ServerAddress address = dialog.address();
        QCOMPARE(address.host, QStringLiteral("db.example.org"));
        QCOMPARE(address.port, 6432);
        QCOMPARE(address.database, QStringLiteral("panel"));
        QCOMPARE(address.user, QStringLiteral("priya"));
        QCOMPARE(address.password, QStringLiteral("s3cret"));
        QCOMPARE(address.sslMode, QStringLiteral("verify-full"));
        QCOMPARE(address.sslRootCert, QStringLiteral("/etc/debrief/ca.pem"));
        QCOMPARE(address.display(),
                 QStringLiteral("postgresql://priya@db.example.org:6432/panel?sslmode=verify-full&"
                                "sslrootcert=/etc/debrief/ca.pem"));
        // The CA file goes with the verifying modes only.
        mode->setCurrentIndex(mode->findData(QStringLiteral("require")));
        QVERIFY(dialog.address().sslRootCert.isEmpty());
    }

    void missingFieldsAreNamedBeforeConnecting() {
        ConnectionDialog dialog;
        int tries = 0;
        dialog.setConnector([&tries](const ServerAddress&) {
            ++tries;
            return Status{};
        });
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTest::mouseClick(field<QPushButton>(dialog, "connectButton"), Qt::LeftButton);
        QCOMPARE(tries, 0);
        QVERIFY(dialog.isVisible());
        QCOMPARE(field<QLabel>(dialog, "connectionError")->text(),
                 QStringLiteral("Fill in the host, the database and the user."));
    }

    void aFailedConnectionKeepsTheDialogOpenWithItsMessage() {
        ConnectionDialog dialog;
        ServerAddress tried;
        dialog.setConnector([&tried](const ServerAddress& server) {
            tried = server;
            return Status{Error{QStringLiteral("The server at db:5432 refused the login.")}};
        });
        ServerAddress server;
        server.host = QStringLiteral("db");
        server.database = QStringLiteral("panel");
        server.user = QStringLiteral("sam");
        dialog.setAddress(server);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTest::keyClicks(field<QLineEdit>(dialog, "serverPassword"), QStringLiteral("typo"));
        QTest::mouseClick(field<QPushButton>(dialog, "connectButton"), Qt::LeftButton);
        QCOMPARE(tried.password, QStringLiteral("typo"));
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        auto* error = field<QLabel>(dialog, "connectionError");
        QVERIFY(error->isVisible());
        QCOMPARE(error->textFormat(), Qt::PlainText);
        QCOMPARE(error->text(), QStringLiteral("The server at db:5432 refused the login."));
    }

    void aMissingKeychainIsSaidAndConnectingStillWorks() {
        DatabaseSession session;
        MainWindow window(session, *m_settings);
        ServerMenu* menu = ServerMenu::of(&window);
        QVERIFY(menu);
        menu->setPasswordStore(std::make_unique<MemoryPasswordStore>(false));
        auto* action = window.findChild<QAction*>(QStringLiteral("connectToServerAction"));
        QVERIFY(action);
        QCOMPARE(action->text(), QStringLiteral("&Connect to Server…"));
        window.show();
        action->trigger();
        auto* dialog = window.findChild<ConnectionDialog*>(QStringLiteral("connectionDialog"));
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        auto* remember = field<QCheckBox>(*dialog, "rememberPassword");
        QVERIFY(!remember->isEnabled());
        QVERIFY(!remember->isChecked());
        auto* note = field<QLabel>(*dialog, "keychainNote");
        QVERIFY(note->isVisible());
        QCOMPARE(note->text(),
                 QStringLiteral("The password cannot be remembered on this computer (No keychain "
                                "is available on this computer.); Debrief asks for it at each "
                                "connection."));
        // Connecting goes on: here to a port nothing listens on, whose
        // message the dialog shows, while it stays open.
        ServerAddress nowhere;
        nowhere.host = QStringLiteral("127.0.0.1");
        nowhere.port = 1;
        nowhere.database = QStringLiteral("panel");
        nowhere.user = QStringLiteral("sam");
        nowhere.sslMode = QStringLiteral("disable");
        dialog->setAddress(nowhere);
        QTest::mouseClick(field<QPushButton>(*dialog, "connectButton"), Qt::LeftButton);
        QVERIFY(dialog->isVisible());
        QVERIFY2(field<QLabel>(*dialog, "connectionError")
                     ->text()
                     .startsWith(QStringLiteral("Cannot reach the Debrief server at 127.0.0.1:1")),
                 qPrintable(field<QLabel>(*dialog, "connectionError")->text()));
        // Nothing was remembered of a server that was never reached.
        QCOMPARE(RecentServers(*m_settings).addresses(), QStringList());
        dialog->reject();
    }

    void recentServersKeepNoPassword() {
        ServerAddress server;
        server.host = QStringLiteral("db.example.org");
        server.database = QStringLiteral("panel");
        server.user = QStringLiteral("priya");
        server.password = QStringLiteral("never-in-settings");
        RecentServers recent(*m_settings);
        recent.add(server);
        server.database = QStringLiteral("other");
        recent.add(server);
        QCOMPARE(recent.addresses(),
                 QStringList({QStringLiteral("postgresql://priya@db.example.org:5432/"
                                             "other?sslmode=prefer"),
                              QStringLiteral("postgresql://priya@db.example.org:5432/"
                                             "panel?sslmode=prefer")}));
        QCOMPARE(m_settings->lastDatabasePath(), recent.addresses().first());
        QFile file(m_settings->filePath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray stored = file.readAll();
        QVERIFY(stored.contains("db.example.org"));
        QVERIFY(!stored.contains("never-in-settings"));

        // The dialog offers them, newest first, and fills the form from
        // the one picked, with the password the store keeps for it.
        MemoryPasswordStore passwords;
        server.database = QStringLiteral("panel");
        QVERIFY(passwords.write(PasswordStore::accountOf(server), QStringLiteral("kept")));
        ConnectionDialog dialog;
        dialog.setPasswordLookup([&passwords](const ServerAddress& address) {
            return *passwords.read(PasswordStore::accountOf(address));
        });
        dialog.setRecentServers(recent.addresses());
        QCOMPARE(dialog.address().database, QStringLiteral("other"));
        QCOMPARE(dialog.address().password, QString());
        QVERIFY(!dialog.rememberPassword());
        auto* combo = field<QComboBox>(dialog, "recentServers");
        QCOMPARE(combo->count(), 2);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        combo->setFocus();
        QTest::keyClick(combo, Qt::Key_Down);
        QCOMPARE(dialog.address().database, QStringLiteral("panel"));
        QCOMPARE(dialog.address().password, QStringLiteral("kept"));
        QVERIFY(dialog.rememberPassword());
    }

    void aServerUnreachableAtStartUpOffersALocalFile() {
        DatabaseSession session;
        MemoryPasswordStore passwords;
        const Status opened = ServerStartup::open(
            session, QStringLiteral("postgresql://sam@127.0.0.1:1/panel?sslmode=disable"),
            passwords);
        QVERIFY(!opened);
        QVERIFY(!session.isOpen());
        QVERIFY2(opened.errorMessage().startsWith(
                     QStringLiteral("Cannot reach the Debrief server at 127.0.0.1:1")),
                 qPrintable(opened.errorMessage()));

        MainWindow window(session, *m_settings);
        ServerMenu::of(&window)->setPasswordStore(std::make_unique<MemoryPasswordStore>());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        ServerStartup::offerLocalFile(&window, opened.errorMessage());
        auto* box = window.findChild<QMessageBox*>(QStringLiteral("serverUnavailableQuestion"));
        QVERIFY(box);
        QTRY_VERIFY(box->isVisible());
        QVERIFY(box->text().contains(QStringLiteral("does not work offline")));
        QCOMPARE(box->informativeText(), opened.errorMessage());
        QCOMPARE(box->textFormat(), Qt::PlainText);
        auto* file = box->findChild<QPushButton*>(QStringLiteral("openLocalFileButton"));
        QVERIFY(file);
        QCOMPARE(file->text(), QStringLiteral("Open a &Local File…"));
        QCOMPARE(box->defaultButton(), file);
        QCOMPARE(test::MnemonicCheck::inWindow(box, QStringLiteral("start-up question")),
                 QStringList());
        // The other way out: connecting again opens the connection dialog.
        QPushButton* again = nullptr;
        for (QAbstractButton* button : box->buttons()) {
            if (button->text() == QStringLiteral("Connect to &Server…"))
                again = qobject_cast<QPushButton*>(button);
        }
        QVERIFY(again);
        QTest::mouseClick(again, Qt::LeftButton);
        QTRY_VERIFY(window.findChild<ConnectionDialog*>(QStringLiteral("connectionDialog")));
        window.findChild<ConnectionDialog*>(QStringLiteral("connectionDialog"))->reject();
    }

private:
    template <typename T> static T* field(QWidget& root, const char* name) {
        auto* widget = root.findChild<T*>(QLatin1String(name));
        if (!widget)
            qFatal("no %s", name);
        return widget;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Settings> m_settings;
};

QTEST_MAIN(TestConnectionDialog)
#include "tst_connectiondialog.moc"
