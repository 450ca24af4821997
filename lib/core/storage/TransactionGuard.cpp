#include "TransactionGuard.h"

#include "Database.h"

#include <QSqlError>

namespace debrief {

TransactionGuard::TransactionGuard(Database& db)
    : m_db(db) {
    if (m_db.m_transactionDepth == 0) {
        QSqlDatabase connection = m_db.connection();
        if (!connection.transaction()) {
            m_begun = Error{Database::tr("Cannot start a transaction on %1: %2")
                                .arg(m_db.location(), connection.lastError().text())};
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
        m_db.connection().rollback();
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
    QSqlDatabase connection = m_db.connection();
    if (m_db.m_transactionDoomed) {
        connection.rollback();
        return Error{Database::tr("A step of this change failed, so nothing was saved.")};
    }
    if (!connection.commit()) {
        const QString reason = connection.lastError().text();
        connection.rollback();
        return Error{
            Database::tr("Cannot save the changes to %1: %2").arg(m_db.location(), reason)};
    }
    return {};
}

} // namespace debrief
