#include "CandidateImportStore.h"

#include "Database.h"
#include "RecordTable.h"

#include <QSqlQuery>

namespace debrief {
namespace {

Result<qint64> countOf(Database& db, const QString& sql, const QVariantList& values) {
    auto query = db.exec(sql, values);
    if (!query)
        return query.error();
    return query->next() ? query->value(0).toLongLong() : 0;
}

StoredCandidateEmail readEmail(sql::SqlRow& row) {
    return {row.rowId("id"), row.text("email"), row.flag("in_opening")};
}

/// Whether the candidate `c` applied to the opening bound first.
const char* const kInOpening = "EXISTS (SELECT 1 FROM applications a WHERE a.candidate_id = c.id "
                               "AND a.opening_id = ?) AS in_opening";

} // namespace

Result<std::optional<StoredCandidateEmail>> CandidateImportStore::holderOf(RowId openingId,
                                                                           const QString& email) {
    auto holders = holdersOf(openingId, {email});
    if (!holders)
        return holders.error();
    return holders->constFirst();
}

Result<QList<std::optional<StoredCandidateEmail>>>
CandidateImportStore::holdersOf(RowId openingId, const QList<QString>& emails) {
    QList<std::optional<StoredCandidateEmail>> holders(emails.size());
    if (emails.isEmpty())
        return holders;
    // The addresses as a numbered table joined to the unique key: SQLite
    // looks each one up in the index (the join repeats the partial index's
    // own condition, migration 6), all in one statement.
    const QStringList tuples(emails.size(), QStringLiteral("(?, ?)"));
    const QString sql =
        QStringLiteral("WITH wanted (n, email) AS (VALUES %1) SELECT w.n, c.id, c.email, %2 "
                       "FROM wanted w JOIN candidates c ON lower(trim(c.email)) = "
                       "lower(trim(w.email)) AND c.email <> '' AND c.email_shared = FALSE "
                       "ORDER BY w.n, c.id")
            .arg(tuples.join(QLatin1String(", ")), QLatin1String(kInOpening));
    QVariantList values;
    values.reserve(emails.size() * 2 + 1);
    for (qsizetype n = 0; n < emails.size(); ++n)
        values << QVariant(qint64(n)) << sql::text(emails.at(n));
    values << sql::rowId(openingId);
    // Read whole, by position: one statement per chunk of an import, and
    // every column is one the statement itself makes (the key, NOT NULL
    // text, EXISTS).
    auto rows = m_db.fetchAll(sql, values);
    if (!rows)
        return rows.error();
    for (const QVariantList& row : std::as_const(*rows)) {
        const qsizetype n = row.at(0).toLongLong();
        // The first holder by id.
        if (n >= 0 && n < holders.size() && !holders.at(n))
            holders[n] = StoredCandidateEmail{row.at(1).toLongLong(), row.at(2).toString(),
                                              row.at(3).toLongLong() != 0};
    }
    return holders;
}

Result<QList<QString>> CandidateImportStore::sharedAddressesIn(RowId openingId) {
    static const QString sql =
        QStringLiteral("SELECT c.email FROM applications a JOIN candidates c ON c.id = "
                       "a.candidate_id WHERE a.opening_id = ? AND c.email_shared = TRUE "
                       "AND c.email <> ''");
    return sql::readRows<QString>(m_db, sql, {sql::rowId(openingId)}, QStringLiteral("candidates"),
                                  {QStringLiteral("email")},
                                  [](sql::SqlRow& row) { return row.finish(row.text("email")); });
}

Result<QList<StoredCandidateEmail>> CandidateImportStore::nonAsciiAddresses(RowId openingId) {
    static const QString sql =
        QStringLiteral("SELECT c.id, c.email, %1 FROM candidates c WHERE c.email "
                       "{{outside_ascii}} ORDER BY c.id")
            .arg(QLatin1String(kInOpening));
    return sql::readRows<StoredCandidateEmail>(
        m_db, sql, {sql::rowId(openingId)}, QStringLiteral("candidates"), {QStringLiteral("id")},
        [](sql::SqlRow& row) { return row.finish(readEmail(row)); });
}

Result<qint64> CandidateImportStore::attachedRecords(const RowIdRanges& applicationIds,
                                                     const RowIdRanges& candidateIds) {
    // A few statements per range of ids (an import's ids are one range per
    // table), whatever the number of rows.
    static const QString toApplications =
        QStringLiteral("SELECT (SELECT COUNT(*) FROM interviews WHERE application_id BETWEEN ? "
                       "AND ?) + (SELECT COUNT(*) FROM referees WHERE application_id BETWEEN ? "
                       "AND ?) + (SELECT COUNT(*) FROM communications WHERE application_id "
                       "BETWEEN ? AND ?) + (SELECT COUNT(*) FROM decision_outcomes WHERE "
                       "application_id BETWEEN ? AND ?)");
    static const QString ofCandidates =
        QStringLiteral("SELECT COUNT(*) FROM applications WHERE candidate_id BETWEEN ? AND ?");
    static const QString importedOfCandidates =
        QStringLiteral("SELECT COUNT(*) FROM applications WHERE candidate_id BETWEEN ? AND ? AND "
                       "id BETWEEN ? AND ?");
    qint64 attached = 0;
    for (const RowIdRange& apps : applicationIds.ranges()) {
        const QVariant first = sql::rowId(apps.first);
        const QVariant last = sql::rowId(apps.last);
        auto count =
            countOf(m_db, toApplications, {first, last, first, last, first, last, first, last});
        if (!count)
            return count.error();
        attached += *count;
    }
    // Applications of the imported candidates, less the imported ones.
    for (const RowIdRange& people : candidateIds.ranges()) {
        const QVariant first = sql::rowId(people.first);
        const QVariant last = sql::rowId(people.last);
        auto all = countOf(m_db, ofCandidates, {first, last});
        if (!all)
            return all.error();
        attached += *all;
        for (const RowIdRange& apps : applicationIds.ranges()) {
            auto imported = countOf(m_db, importedOfCandidates,
                                    {first, last, sql::rowId(apps.first), sql::rowId(apps.last)});
            if (!imported)
                return imported.error();
            attached -= *imported;
        }
    }
    return attached;
}

Result<QVariant> CandidateImportStore::enlargeCache(int kib) {
    // A server sizes its own caches; asking would fail and, inside the
    // import's transaction, abort it.
    if (m_db.dialect() != SqlDialect::Sqlite)
        return QVariant();
    auto previous = m_db.exec(QStringLiteral("PRAGMA cache_size"));
    if (!previous)
        return previous.error();
    const QVariant old = previous->next() ? previous->value(0) : QVariant();
    // A negative size counts KiB rather than pages; the number is ours.
    if (auto set = m_db.exec(QStringLiteral("PRAGMA cache_size = %1").arg(-kib)); !set)
        return set.error();
    return old;
}

void CandidateImportStore::restoreCache(const QVariant& previous) {
    if (previous.isValid())
        (void)m_db.exec(QStringLiteral("PRAGMA cache_size = %1").arg(previous.toLongLong()));
}

Status CandidateImportStore::remove(const RowIdRanges& applicationIds,
                                    const RowIdRanges& candidateIds) {
    static const QString applications =
        QStringLiteral("DELETE FROM applications WHERE id BETWEEN ? AND ?");
    static const QString candidates =
        QStringLiteral("DELETE FROM candidates WHERE id BETWEEN ? AND ?");
    const auto removeRanges = [this](const QString& sql, const RowIdRanges& ids) -> Status {
        for (const RowIdRange& range : ids.ranges()) {
            auto removed = m_db.exec(sql, {sql::rowId(range.first), sql::rowId(range.last)});
            if (!removed)
                return removed.error();
        }
        return {};
    };
    if (Status removed = removeRanges(applications, applicationIds); !removed)
        return removed;
    return removeRanges(candidates, candidateIds);
}

} // namespace debrief
