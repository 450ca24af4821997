#pragma once

#include "Result.h"
#include "debrief_core_export.h"

#include <QString>

namespace debrief {

class Database;

/// Opens a transaction on construction and rolls it back on destruction
/// unless commit() succeeded, so an early return or a failed step can never
/// leave a change half-written. Nested guards join the outer transaction.
/// On SQLite it starts as the writer (BEGIN IMMEDIATE): it waits up to
/// Database::kBusyTimeoutMs for another writer, then says the database is
/// busy, and what it reads stays true until it commits.
class DEBRIEF_CORE_EXPORT TransactionGuard {
public:
    explicit TransactionGuard(Database& db);
    ~TransactionGuard();
    TransactionGuard(const TransactionGuard&) = delete;
    TransactionGuard& operator=(const TransactionGuard&) = delete;

    /// Whether the transaction could be started.
    Status begun() const { return m_begun; }
    Status commit();

private:
    Database& m_db;
    Status m_begun;
    bool m_owner = false;
    bool m_done = false;
};

} // namespace debrief
