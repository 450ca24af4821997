#include "CandidateImportStore.h"

#include "Database.h"
#include "RecordTable.h"

#include <QSet>
#include <QSqlQuery>

namespace debrief {
namespace {

Result<int> countOf(Database& db, const QString& sql, const QVariantList& values) {
    auto query = db.exec(sql, values);
    if (!query)
        return query.error();
    return query->next() ? query->value(0).toInt() : 0;
}

} // namespace

Result<QList<StoredCandidateEmail>> CandidateImportStore::emails(RowId openingId) {
    const QString sql =
        QStringLiteral("SELECT c.id, c.email, EXISTS (SELECT 1 FROM applications a "
                       "WHERE a.candidate_id = c.id AND a.opening_id = ?) AS in_opening "
                       "FROM candidates c WHERE c.email <> '' ORDER BY c.id");
    return sql::readRows<StoredCandidateEmail>(
        m_db, sql, {sql::rowId(openingId)}, QStringLiteral("candidates"), {QStringLiteral("id")},
        [](sql::SqlRow& row) {
            return row.finish(
                StoredCandidateEmail{row.rowId("id"), row.text("email"), row.flag("in_opening")});
        });
}

Result<int> CandidateImportStore::attachedRecords(const QList<RowId>& applicationIds,
                                                  const QList<RowId>& candidateIds) {
    // One statement per row keeps the SQL text fixed (bound values only);
    // an import is undone rarely, and a few thousand local reads are quick.
    const QString perApplication =
        QStringLiteral("SELECT (SELECT COUNT(*) FROM interviews WHERE application_id = ?) "
                       "+ (SELECT COUNT(*) FROM referees WHERE application_id = ?) "
                       "+ (SELECT COUNT(*) FROM communications WHERE application_id = ?) "
                       "+ (SELECT COUNT(*) FROM decision_outcomes WHERE application_id = ?)");
    int attached = 0;
    for (const RowId id : applicationIds) {
        const QVariant value = sql::rowId(id);
        auto count = countOf(m_db, perApplication, {value, value, value, value});
        if (!count)
            return count.error();
        attached += *count;
    }
    const QSet<RowId> imported(applicationIds.cbegin(), applicationIds.cend());
    const QString applications =
        QStringLiteral("SELECT id FROM applications WHERE candidate_id = ?");
    for (const RowId id : candidateIds) {
        auto query = m_db.exec(applications, {sql::rowId(id)});
        if (!query)
            return query.error();
        while (query->next())
            attached += imported.contains(query->value(0).toLongLong()) ? 0 : 1;
    }
    return attached;
}

} // namespace debrief
