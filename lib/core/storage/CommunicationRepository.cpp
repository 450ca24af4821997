#include "CommunicationRepository.h"

#include "RecordTable.h"

namespace debrief {
namespace {

QVariantList values(const CommunicationEntry& c) {
    return {sql::uuid(c.uuid),
            c.applicationId,
            sql::timestamp(c.occurredAt),
            toKey(c.channel),
            toKey(c.direction),
            sql::text(c.summary),
            sql::date(c.nextPromisedDate),
            sql::text(c.author)};
}

Result<CommunicationEntry> read(sql::SqlRow& row) {
    CommunicationEntry c;
    c.id = row.rowId("id");
    c.uuid = row.uuid("uuid");
    c.applicationId = row.rowId("application_id");
    c.occurredAt = row.timestamp("occurred_at");
    c.channel = row.key<CommunicationChannel>("channel");
    c.direction = row.key<CommunicationDirection>("direction");
    c.summary = row.text("summary");
    c.nextPromisedDate = row.date("next_promised_date");
    c.author = row.text("author");
    return row.finish(std::move(c));
}

Error notFound(RowId id) {
    return Error{
        CommunicationRepository::tr("There is no communication log entry with id %1.").arg(id)};
}

const sql::RecordTable<CommunicationEntry>& table() {
    static const sql::RecordTable<CommunicationEntry> map{
        .table = QStringLiteral("communications"),
        .columns = {QStringLiteral("uuid"), QStringLiteral("application_id"),
                    QStringLiteral("occurred_at"), QStringLiteral("channel"),
                    QStringLiteral("direction"), QStringLiteral("summary"),
                    QStringLiteral("next_promised_date"), QStringLiteral("author")},
        .keepWhenNull = {QStringLiteral("uuid"), QStringLiteral("occurred_at")},
        .values = values,
        .read = read,
        .notFound = notFound,
        .stampNew = [](CommunicationEntry& c) { sql::stampIfInvalid(c.occurredAt); },
    };
    return map;
}

} // namespace

Status CommunicationRepository::insert(CommunicationEntry& value) {
    return sql::insertRecord(m_db, table(), value);
}

Status CommunicationRepository::update(const CommunicationEntry& value) {
    return sql::updateRecord(m_db, table(), value);
}

Status CommunicationRepository::remove(RowId id) {
    return sql::removeRecord(m_db, table(), id);
}

Result<CommunicationEntry> CommunicationRepository::get(RowId id) {
    return sql::selectById(m_db, table(), id);
}

Result<std::optional<CommunicationEntry>> CommunicationRepository::findByUuid(const QUuid& uuid) {
    return sql::selectByUuid(m_db, table(), uuid);
}

Result<QList<CommunicationEntry>> CommunicationRepository::forApplication(RowId applicationId) {
    return sql::selectRecords(m_db, table(),
                              QStringLiteral("WHERE application_id = ? ORDER BY occurred_at, id"),
                              {applicationId});
}

Result<QList<CommunicationEntry>> CommunicationRepository::forOpening(RowId openingId) {
    return sql::selectRecords(m_db, table(),
                              QStringLiteral("WHERE application_id IN (SELECT id FROM applications "
                                             "WHERE opening_id = ?) ORDER BY application_id, "
                                             "occurred_at, id"),
                              {openingId});
}

} // namespace debrief
