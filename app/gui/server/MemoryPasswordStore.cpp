#include "MemoryPasswordStore.h"

namespace debrief {

Result<QString> MemoryPasswordStore::read(const QString& account) {
    if (!m_available)
        return unavailable();
    return m_passwords.value(account);
}

Status MemoryPasswordStore::write(const QString& account, const QString& password) {
    if (!m_available)
        return unavailable();
    m_passwords.insert(account, password);
    return {};
}

Status MemoryPasswordStore::remove(const QString& account) {
    if (!m_available)
        return unavailable();
    m_passwords.remove(account);
    return {};
}

Error MemoryPasswordStore::unavailable() const {
    return Error{tr("No keychain is available on this computer.")};
}

} // namespace debrief
