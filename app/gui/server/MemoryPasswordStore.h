#pragma once

#include "server/PasswordStore.h"

#include <QCoreApplication>
#include <QHash>

namespace debrief {

/// Passwords kept in this process only: for tests, which have no keychain,
/// and to stand for a keychain that is missing (`available` false: every
/// call fails as KeychainPasswordStore does then).
class MemoryPasswordStore : public PasswordStore {
    Q_DECLARE_TR_FUNCTIONS(MemoryPasswordStore)

public:
    explicit MemoryPasswordStore(bool available = true)
        : m_available(available) {}

    Result<QString> read(const QString& account) override;
    Status write(const QString& account, const QString& password) override;
    Status remove(const QString& account) override;

    int size() const { return int(m_passwords.size()); }

private:
    Error unavailable() const;

    bool m_available = true;
    QHash<QString, QString> m_passwords;
};

} // namespace debrief
