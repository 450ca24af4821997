#include "KeychainPasswordStore.h"

#ifdef DEBRIEF_HAVE_KEYCHAIN
#include <qt6keychain/keychain.h>

#include <QEventLoop>
#endif

namespace debrief {
namespace {

#ifdef DEBRIEF_HAVE_KEYCHAIN
/// Runs `job` to its end; the keychain answers asynchronously.
void runToEnd(QKeychain::Job& job) {
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.setAutoDelete(false);
    // Never the plain-text file QtKeychain can fall back to.
    job.setInsecureFallback(false);
    job.start();
    loop.exec();
}

Error keychainError(const QKeychain::Job& job) {
    QString why;
    switch (job.error()) {
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        why = KeychainPasswordStore::tr("no keychain service (such as GNOME Keyring or KWallet) "
                                        "is running");
        break;
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        why = KeychainPasswordStore::tr("access to it was refused");
        break;
    default:
        // QtKeychain says "Unknown error" when no keychain service answers.
        why = job.errorString() == QLatin1String("Unknown error")
                  ? KeychainPasswordStore::tr("no keychain service (such as GNOME Keyring or "
                                              "KWallet) answered")
                  : job.errorString();
    }
    return Error{KeychainPasswordStore::tr("The keychain could not be used: %1").arg(why)};
}
#endif

} // namespace

QString KeychainPasswordStore::service() {
    return QStringLiteral("Debrief server");
}

#ifdef DEBRIEF_HAVE_KEYCHAIN

Result<QString> KeychainPasswordStore::read(const QString& account) {
    QKeychain::ReadPasswordJob job(service());
    job.setKey(account);
    runToEnd(job);
    if (job.error() == QKeychain::EntryNotFound)
        return QString();
    if (job.error() != QKeychain::NoError)
        return keychainError(job);
    return job.textData();
}

Status KeychainPasswordStore::write(const QString& account, const QString& password) {
    QKeychain::WritePasswordJob job(service());
    job.setKey(account);
    job.setTextData(password);
    runToEnd(job);
    if (job.error() != QKeychain::NoError)
        return keychainError(job);
    return {};
}

Status KeychainPasswordStore::remove(const QString& account) {
    QKeychain::DeletePasswordJob job(service());
    job.setKey(account);
    runToEnd(job);
    if (job.error() != QKeychain::NoError && job.error() != QKeychain::EntryNotFound)
        return keychainError(job);
    return {};
}

#else

Result<QString> KeychainPasswordStore::read(const QString&) {
    return Error{tr("This build of Debrief has no keychain support.")};
}

Status KeychainPasswordStore::write(const QString&, const QString&) {
    return Error{tr("This build of Debrief has no keychain support.")};
}

Status KeychainPasswordStore::remove(const QString&) {
    return {};
}

#endif

} // namespace debrief
