#pragma once

#include "Result.h"

#include <QString>

namespace debrief {

class ServerAddress;

/// Where server passwords are kept between sessions: the operating system's
/// keychain (KeychainPasswordStore), never the settings file. An interface
/// because a keychain may be missing (no Secret Service on a headless
/// machine or in CI); then nothing is remembered and the user is told so.
class PasswordStore {
public:
    virtual ~PasswordStore() = default;

    /// The password kept for `account`, empty when none is; an Error when
    /// the store cannot be used at all (the message says why).
    virtual Result<QString> read(const QString& account) = 0;
    virtual Status write(const QString& account, const QString& password) = 0;
    /// Forgets the password of `account`; no error when none was kept.
    virtual Status remove(const QString& account) = 0;

    /// The account a server's password is kept under: user, host, port and
    /// database, so two logins on one server keep their own.
    static QString accountOf(const ServerAddress& server);
};

} // namespace debrief
