#include "ReferenceRepository.h"

#include "RecordTable.h"

namespace debrief {
namespace {

QVariantList values(const Reference& r) {
    return {sql::uuid(r.uuid),     r.applicationId,      sql::text(r.name),
            sql::text(r.relation), sql::text(r.contact), sql::date(r.contactedOn),
            sql::text(r.summary),  sql::flag(r.concern)};
}

Result<Reference> read(sql::SqlRow& row) {
    Reference r;
    r.id = row.rowId("id");
    r.uuid = row.uuid("uuid");
    r.applicationId = row.rowId("application_id");
    r.name = row.text("name");
    r.relation = row.text("relation");
    r.contact = row.text("contact");
    r.contactedOn = row.date("contacted_on");
    r.summary = row.text("summary");
    r.concern = row.flag("concern");
    return row.finish(std::move(r));
}

Error notFound(RowId id) {
    return Error{ReferenceRepository::tr("There is no reference with id %1.").arg(id)};
}

Error changedMeanwhile(Database& db, RowId id) {
    return sql::RowVersions::changedMeanwhile(ReferenceRepository::tr("Reference %1").arg(id),
                                              db.location());
}

const sql::RecordTable<Reference>& table() {
    static const sql::RecordTable<Reference> map{
        .table = QStringLiteral("referees"),
        .columns = {QStringLiteral("uuid"), QStringLiteral("application_id"),
                    QStringLiteral("name"), QStringLiteral("relation"), QStringLiteral("contact"),
                    QStringLiteral("contacted_on"), QStringLiteral("summary"),
                    QStringLiteral("concern")},
        .keepWhenNull = {QStringLiteral("uuid")},
        .values = values,
        .read = read,
        .notFound = notFound,
        .changedMeanwhile = changedMeanwhile,
    };
    return map;
}

} // namespace

Status ReferenceRepository::insert(Reference& value) {
    return sql::insertRecord(m_db, table(), value);
}

VersionedSave<Reference> ReferenceRepository::update(Reference& value) {
    return sql::updateVersioned(m_db, table(), value);
}

Status ReferenceRepository::remove(RowId id) {
    return sql::removeRecord(m_db, table(), id);
}

Result<Reference> ReferenceRepository::get(RowId id) {
    return sql::selectById(m_db, table(), id);
}

Result<std::optional<Reference>> ReferenceRepository::findByUuid(const QUuid& uuid) {
    return sql::selectByUuid(m_db, table(), uuid);
}

Result<QList<Reference>> ReferenceRepository::forApplication(RowId applicationId) {
    return sql::selectRecords(m_db, table(), QStringLiteral("WHERE application_id = ? ORDER BY id"),
                              {applicationId});
}

Result<QList<Reference>> ReferenceRepository::forOpening(RowId openingId) {
    return sql::selectRecords(m_db, table(),
                              QStringLiteral("WHERE application_id IN (SELECT id FROM applications "
                                             "WHERE opening_id = ?) ORDER BY application_id, id"),
                              {openingId});
}

} // namespace debrief
