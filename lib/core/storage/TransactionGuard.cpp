#include "TransactionGuard.h"

#include "Database.h"

namespace debrief {

TransactionGuard::TransactionGuard(Database& db)
    : m_db(db) {
    if (m_db.m_transactionDepth == 0) {
        if (Status begun = m_db.beginTransaction(); !begun) {
            m_begun = begun;
            return;
        }
        m_owner = true;
        m_db.m_transactionDoomed = false;
    }
    ++m_db.m_transactionDepth;
}

TransactionGuard::~TransactionGuard() {
    if (!m_begun || m_done)
        return;
    --m_db.m_transactionDepth;
    if (m_owner)
        m_db.rollbackTransaction();
    else
        m_db.m_transactionDoomed = true;
}

Status TransactionGuard::commit() {
    if (!m_begun)
        return m_begun;
    if (m_done)
        return {};
    m_done = true;
    --m_db.m_transactionDepth;
    if (!m_owner)
        return {};
    if (m_db.m_transactionDoomed) {
        m_db.rollbackTransaction();
        return Error{Database::tr("A step of this change failed, so nothing was saved.")};
    }
    return m_db.commitTransaction();
}

} // namespace debrief
