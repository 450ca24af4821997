// Where server passwords are kept: the in-memory store the tests use (and
// that stands for a missing keychain), the account a server's password is
// kept under, and the system keychain through QtKeychain, which on this
// machine either keeps and returns a password or says it cannot be used,
// promptly and without a file fallback.

#include "server/KeychainPasswordStore.h"
#include "server/MemoryPasswordStore.h"

#include "storage/ServerAddress.h"

#include <QTest>
#include <QUuid>

using namespace debrief;

class TestPasswordStore : public QObject {
    Q_OBJECT

private slots:
    void accountNamesUserServerAndDatabase() {
        auto server = ServerAddress::parse(
            QStringLiteral("postgresql://priya:pw@db.example.org:6432/panel?sslmode=verify-full"));
        QVERIFY(server);
        QCOMPARE(PasswordStore::accountOf(*server),
                 QStringLiteral("priya@db.example.org:6432/panel"));
        // Another login on the same server keeps its own password.
        ServerAddress other = *server;
        other.user = QStringLiteral("sam");
        QVERIFY(PasswordStore::accountOf(other) != PasswordStore::accountOf(*server));
        // The TLS settings are no part of it: changing them keeps the password.
        other = *server;
        other.sslMode = QStringLiteral("require");
        QCOMPARE(PasswordStore::accountOf(other), PasswordStore::accountOf(*server));
    }

    void memoryStoreKeepsReplacesAndForgets() {
        MemoryPasswordStore store;
        QCOMPARE(*store.read(QStringLiteral("a@h:1/d")), QString());
        QVERIFY(store.write(QStringLiteral("a@h:1/d"), QStringLiteral("one")));
        QVERIFY(store.write(QStringLiteral("b@h:1/d"), QStringLiteral("two")));
        QCOMPARE(*store.read(QStringLiteral("a@h:1/d")), QStringLiteral("one"));
        QVERIFY(store.write(QStringLiteral("a@h:1/d"), QStringLiteral("three")));
        QCOMPARE(*store.read(QStringLiteral("a@h:1/d")), QStringLiteral("three"));
        QCOMPARE(store.size(), 2);
        QVERIFY(store.remove(QStringLiteral("a@h:1/d")));
        QVERIFY(store.remove(QStringLiteral("never@h:1/d")));
        QCOMPARE(*store.read(QStringLiteral("a@h:1/d")), QString());
        QCOMPARE(*store.read(QStringLiteral("b@h:1/d")), QStringLiteral("two"));
        QCOMPARE(store.size(), 1);
    }

    void unavailableStoreRefusesEveryCall() {
        MemoryPasswordStore store(false);
        const QString why = QStringLiteral("No keychain is available on this computer.");
        QCOMPARE(store.read(QStringLiteral("a@h:1/d")).errorMessage(), why);
        QCOMPARE(store.write(QStringLiteral("a@h:1/d"), QStringLiteral("x")).errorMessage(), why);
        QCOMPARE(store.remove(QStringLiteral("a@h:1/d")).errorMessage(), why);
        QCOMPARE(store.size(), 0);
    }

    void keychainKeepsAPasswordOrSaysItCannot() {
        KeychainPasswordStore keychain;
        QCOMPARE(KeychainPasswordStore::service(), QStringLiteral("Debrief server"));
        const QString account = QStringLiteral("tst_passwordstore-%1@localhost:1/none")
                                    .arg(QUuid::createUuid().toString(QUuid::WithoutBraces));
        const Status written = keychain.write(account, QStringLiteral("from the test"));
        if (written) {
            // A keychain is there (a desktop session): the round trip.
            QCOMPARE(*keychain.read(account), QStringLiteral("from the test"));
            QVERIFY(keychain.remove(account));
            QCOMPARE(*keychain.read(account), QString());
            qInfo("the system keychain kept and returned the password");
            return;
        }
        // None (CI, a headless machine): each call says so, and reading
        // fails too rather than claiming nothing is kept.
        qInfo("no keychain here: %s", qPrintable(written.errorMessage()));
        QVERIFY2(written.errorMessage().startsWith(QStringLiteral("The keychain could not be "
                                                                  "used: ")) ||
                     written.errorMessage() ==
                         QStringLiteral("This build of Debrief has no keychain support."),
                 qPrintable(written.errorMessage()));
        const auto read = keychain.read(account);
        QVERIFY(!read);
        QVERIFY(!read.errorMessage().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPasswordStore)
#include "tst_passwordstore.moc"
