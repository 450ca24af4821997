#pragma once

#include "server/PasswordStore.h"

#include <QCoreApplication>

namespace debrief {

/// Server passwords in the operating system's keychain through QtKeychain
/// (Secret Service or KWallet on Linux, Keychain on macOS, the Credential
/// Manager on Windows). Each call waits for the keychain, which may ask the
/// user to unlock it. Without QtKeychain in the build, every call fails.
class KeychainPasswordStore : public PasswordStore {
    Q_DECLARE_TR_FUNCTIONS(KeychainPasswordStore)

public:
    /// The keychain entries' service name.
    static QString service();

    Result<QString> read(const QString& account) override;
    Status write(const QString& account, const QString& password) override;
    Status remove(const QString& account) override;
};

} // namespace debrief
