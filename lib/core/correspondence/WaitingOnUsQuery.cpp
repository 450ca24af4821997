#include "WaitingOnUsQuery.h"

#include "storage/RecordTable.h"

namespace debrief {
namespace {

const QString kFrom = QStringLiteral("FROM applications a JOIN candidates c ON c.id = "
                                     "a.candidate_id JOIN openings o ON o.id = a.opening_id ");
/// The open applications with a promise before the bound date; the closed
/// stages are bound too. Both queries share it so count() matches list().
const QString kOverdue =
    QStringLiteral("WHERE a.promised_response_date < ? AND a.stage NOT IN (?, ?, ?) ");
const QString kOneOpening = QStringLiteral("AND a.opening_id = ? ");

QVariantList boundValues(const QDate& today, RowId openingId) {
    QVariantList values{sql::date(today), toKey(PipelineStage::Hired),
                        toKey(PipelineStage::Rejected), toKey(PipelineStage::Withdrawn)};
    if (openingId != kNoRow)
        values.append(openingId);
    return values;
}

Result<OverdueApplication> readRow(sql::SqlRow& row, const QDate& today) {
    OverdueApplication r;
    r.applicationId = row.rowId("id");
    r.applicationUuid = row.uuid("uuid");
    r.candidateId = row.rowId("candidate_id");
    r.candidateName = row.text("full_name");
    r.openingId = row.rowId("opening_id");
    r.openingTitle = row.text("title");
    r.stage = row.key<PipelineStage>("stage");
    r.onHold = row.flag("on_hold");
    r.promisedDate = row.date("promised_response_date");
    r.daysOverdue = r.promisedDate.isValid() ? r.promisedDate.daysTo(today) : 0;
    r.lastContact = row.timestamp("last_contact");
    return row.finish(std::move(r));
}

} // namespace

Result<QList<OverdueApplication>> WaitingOnUsQuery::list(const QDate& today, RowId openingId) {
    // The latest log entry per application comes from one grouped subquery
    // joined once, not from a query per row.
    QString sql =
        QStringLiteral("SELECT a.id, a.uuid, a.candidate_id, c.full_name, a.opening_id, o.title, "
                       "a.stage, a.on_hold, a.promised_response_date, m.last_contact ") +
        kFrom +
        QStringLiteral("LEFT JOIN (SELECT application_id, MAX(occurred_at) AS "
                       "last_contact FROM communications GROUP BY application_id) m "
                       "ON m.application_id = a.id ") +
        kOverdue;
    if (openingId != kNoRow)
        sql += kOneOpening;
    sql += QStringLiteral("ORDER BY a.promised_response_date, LOWER(c.full_name), a.id");
    return sql::readRows<OverdueApplication>(
        m_db, sql, boundValues(today, openingId), QStringLiteral("applications"),
        {QStringLiteral("id")}, [&today](sql::SqlRow& row) { return readRow(row, today); });
}

Result<int> WaitingOnUsQuery::count(const QDate& today, RowId openingId) {
    // Every application has its candidate and its opening (foreign keys), so
    // the count needs neither join: the opening index alone answers it.
    QString sql = QStringLiteral("SELECT COUNT(*) FROM applications a ") + kOverdue;
    if (openingId != kNoRow)
        sql += kOneOpening;
    auto query = m_db.exec(sql, boundValues(today, openingId));
    if (!query)
        return query.error();
    if (!query->next())
        return Error{tr("Could not count the candidates waiting for an answer.")};
    return query->value(0).toInt();
}

} // namespace debrief
