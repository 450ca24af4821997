#include "AuditRepository.h"

#include "RecordTable.h"

namespace debrief {
namespace {

QVariantList values(const AuditEntry& a) {
    return {sql::uuid(a.uuid),
            sql::timestamp(a.occurredAt),
            sql::text(a.actor),
            sql::text(a.entityType),
            sql::uuid(a.entityUuid),
            sql::text(a.field),
            sql::nullableText(a.oldValue),
            sql::nullableText(a.newValue),
            sql::text(a.reason)};
}

Result<AuditEntry> read(sql::SqlRow& row) {
    AuditEntry a;
    a.id = row.rowId("id");
    a.uuid = row.uuid("uuid");
    a.occurredAt = row.timestamp("occurred_at");
    a.actor = row.text("actor");
    a.entityType = row.text("entity_type");
    a.entityUuid = row.uuid("entity_uuid");
    a.field = row.text("field");
    a.oldValue = row.text("old_value");
    a.newValue = row.text("new_value");
    a.reason = row.text("reason");
    return row.finish(std::move(a));
}

Error notFound(RowId id) {
    return Error{AuditRepository::tr("There is no audit trail entry with id %1.").arg(id)};
}

Error appendOnly() {
    return Error{AuditRepository::tr("The audit trail cannot be changed: entries are only ever "
                                     "added, so that it stays a faithful record of every change "
                                     "made after submission.")};
}

const sql::RecordTable<AuditEntry>& table() {
    static const sql::RecordTable<AuditEntry> map{
        .table = QStringLiteral("audit_log"),
        .columns = {QStringLiteral("uuid"), QStringLiteral("occurred_at"), QStringLiteral("actor"),
                    QStringLiteral("entity_type"), QStringLiteral("entity_uuid"),
                    QStringLiteral("field"), QStringLiteral("old_value"),
                    QStringLiteral("new_value"), QStringLiteral("reason")},
        .keepWhenNull = {},
        .values = values,
        .read = read,
        .notFound = notFound,
        .stampNew = [](AuditEntry& a) { sql::stampIfInvalid(a.occurredAt); },
    };
    return map;
}

} // namespace

Status AuditRepository::insert(AuditEntry& value) {
    return sql::insertRecord(m_db, table(), value);
}

Status AuditRepository::update(const AuditEntry&) {
    return appendOnly();
}

Status AuditRepository::remove(RowId) {
    return appendOnly();
}

Result<AuditEntry> AuditRepository::get(RowId id) {
    return sql::selectById(m_db, table(), id);
}

Result<std::optional<AuditEntry>> AuditRepository::findByUuid(const QUuid& uuid) {
    return sql::selectByUuid(m_db, table(), uuid);
}

Result<QList<AuditEntry>> AuditRepository::forEntity(const QString& entityType,
                                                     const QUuid& entityUuid) {
    return sql::selectRecords(
        m_db, table(),
        QStringLiteral("WHERE entity_type = ? AND entity_uuid = ? ORDER BY occurred_at, id"),
        {sql::text(entityType), sql::uuid(entityUuid)});
}

Result<QList<AuditEntry>> AuditRepository::list() {
    return sql::selectRecords(m_db, table(), QStringLiteral("ORDER BY occurred_at, id"));
}

Result<QList<AuditEntry>> AuditRepository::about(const QUuid& entityUuid) {
    return sql::selectRecords(m_db, table(),
                              QStringLiteral("WHERE entity_uuid = ? ORDER BY occurred_at, id"),
                              {sql::uuid(entityUuid)});
}

Status AuditRepository::redact(const AuditEntry& entry, RedactionKey) {
    auto query = m_db.exec(QStringLiteral("UPDATE audit_log SET old_value = ?, new_value = ?, "
                                          "reason = ? WHERE id = ?"),
                           {sql::nullableText(entry.oldValue), sql::nullableText(entry.newValue),
                            sql::text(entry.reason), sql::rowId(entry.id)});
    if (!query)
        return query.error();
    if (query->numRowsAffected() < 1)
        return notFound(entry.id);
    return {};
}

Status AuditRepository::removeAbout(const QUuid& entityUuid, RedactionKey) {
    auto query = m_db.exec(QStringLiteral("DELETE FROM audit_log WHERE entity_uuid = ?"),
                           {sql::uuid(entityUuid)});
    if (!query)
        return query.error();
    return {};
}

Status AuditRepository::insertChanges(QList<AuditEntry> entries, const QUuid& entityUuid,
                                      const QString& actor, const QDateTime& when) {
    for (AuditEntry& entry : entries) {
        entry.entityUuid = entityUuid;
        entry.actor = actor;
        entry.occurredAt = when;
        if (auto written = insert(entry); !written)
            return written;
    }
    return {};
}

} // namespace debrief
