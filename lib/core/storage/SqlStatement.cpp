#include "SqlStatement.h"

#include "StatementCache.h"

namespace debrief {

SqlStatement::SqlStatement(std::shared_ptr<PreparedQuery> prepared)
    : m_prepared(std::move(prepared)) {
    m_prepared->lent = true;
}

SqlStatement::SqlStatement(SqlStatement&& other) noexcept
    : m_prepared(std::move(other.m_prepared))
    , m_columns(std::move(other.m_columns))
    , m_nextColumn(other.m_nextColumn) {
}

SqlStatement& SqlStatement::operator=(SqlStatement&& other) noexcept {
    if (this != &other) {
        giveBack();
        m_prepared = std::move(other.m_prepared);
        m_columns = std::move(other.m_columns);
        m_nextColumn = other.m_nextColumn;
    }
    return *this;
}

SqlStatement::~SqlStatement() {
    giveBack();
}

void SqlStatement::giveBack() {
    if (!m_prepared)
        return;
    // An unfinished SELECT keeps SQLite's read snapshot (and, in a
    // transaction, its statement) open: this connection would go on seeing
    // the data as it was, blind to other connections' writes.
    m_prepared->query.finish();
    m_prepared->lent = false;
    m_prepared.reset();
}

bool SqlStatement::next() {
    return m_prepared->query.next();
}

QVariant SqlStatement::value(int index) const {
    return m_prepared->query.value(index);
}

QVariant SqlStatement::value(const QString& name) const {
    return m_prepared->query.value(name);
}

bool SqlStatement::isNull(int index) const {
    return m_prepared->query.isNull(index);
}

bool SqlStatement::isNull(const QString& name) const {
    return m_prepared->query.isNull(name);
}

int SqlStatement::numRowsAffected() const {
    return m_prepared->query.numRowsAffected();
}

QVariant SqlStatement::lastInsertId() const {
    return m_prepared->query.lastInsertId();
}

void SqlStatement::finish() {
    m_prepared->query.finish();
}

QSqlRecord SqlStatement::record() const {
    return m_prepared->query.record();
}

int SqlStatement::columnIndex(const char* column) const {
    const qsizetype known = m_columns.size();
    for (qsizetype i = 0; i < known; ++i) {
        const qsizetype slot = (m_nextColumn + i) % known;
        if (m_columns[slot].first == column) {
            m_nextColumn = (slot + 1) % known;
            return m_columns[slot].second;
        }
    }
    const int index = m_prepared->query.record().indexOf(QLatin1String(column));
    m_columns.append({QByteArray(column), index});
    m_nextColumn = 0;
    return index;
}

const QSqlQuery& SqlStatement::query() const {
    return m_prepared->query;
}

} // namespace debrief
