#include "StatementCache.h"

#include <QStringList>

#include <algorithm>

namespace debrief {

StatementCache::StatementCache(int capacity)
    : m_capacity(capacity) {
}

std::shared_ptr<PreparedQuery> StatementCache::take(const QString& sql, qsizetype valueCount) {
    const auto found = m_index.constFind(sql);
    if (found == m_index.cend())
        return nullptr;
    const std::list<Entry>::iterator entry = *found;
    const std::shared_ptr<PreparedQuery>& prepared = entry->second;
    if (prepared->lent || prepared->query.boundValues().size() != valueCount)
        return nullptr;
    m_entries.splice(m_entries.begin(), m_entries, entry);
    return prepared;
}

bool StatementCache::worthKeeping(const QString& sql) {
    static const QStringList kRowStatements{QStringLiteral("SELECT"), QStringLiteral("INSERT"),
                                            QStringLiteral("UPDATE"), QStringLiteral("DELETE"),
                                            QStringLiteral("WITH"),   QStringLiteral("REPLACE")};
    const QStringView text = QStringView(sql).trimmed();
    qsizetype end = 0;
    while (end < text.size() && text.at(end).isLetter())
        ++end;
    const QStringView keyword = text.left(end);
    if (!std::any_of(kRowStatements.cbegin(), kRowStatements.cend(), [keyword](const QString& row) {
            return keyword.compare(row, Qt::CaseInsensitive) == 0;
        }))
        return false;
    // COUNT(*) names no column; any other `*` may (or multiplies, and such
    // a statement is merely compiled every time).
    qsizetype stars = sql.count(QLatin1Char('*'));
    if (stars > 0)
        stars -= sql.count(QLatin1String("COUNT(*)"), Qt::CaseInsensitive);
    return stars == 0;
}

void StatementCache::keep(const QString& sql, std::shared_ptr<PreparedQuery> prepared) {
    if (m_capacity <= 0 || m_index.contains(sql) || !worthKeeping(sql))
        return;
    m_entries.emplace_front(sql, std::move(prepared));
    m_index.insert(sql, m_entries.begin());
    while (int(m_entries.size()) > m_capacity) {
        m_index.remove(m_entries.back().first);
        m_entries.pop_back();
    }
}

void StatementCache::forget(const QString& sql, const PreparedQuery* prepared) {
    const auto found = m_index.constFind(sql);
    if (found == m_index.cend() || (*found)->second.get() != prepared)
        return;
    m_entries.erase(*found);
    m_index.erase(found);
}

void StatementCache::retire(std::shared_ptr<PreparedQuery> failed) {
    m_retired.append(std::move(failed));
}

void StatementCache::clear() {
    m_index.clear();
    m_entries.clear();
}

} // namespace debrief
