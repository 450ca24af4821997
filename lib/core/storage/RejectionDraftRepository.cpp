#include "RejectionDraftRepository.h"

#include "RecordTable.h"

namespace debrief {
namespace {

QVariantList values(const RejectionDraft& d) {
    return {sql::uuid(d.uuid),
            d.applicationId,
            sql::text(d.language),
            sql::rowId(d.templateId),
            sql::text(d.subject),
            sql::text(d.body),
            toKey(d.status),
            sql::timestamp(d.createdAt),
            sql::timestamp(d.updatedAt),
            sql::timestamp(d.sentAt),
            sql::text(d.sentChannel)};
}

Result<RejectionDraft> read(sql::SqlRow& row) {
    RejectionDraft d;
    d.id = row.rowId("id");
    d.uuid = row.uuid("uuid");
    d.applicationId = row.rowId("application_id");
    d.language = row.text("language");
    d.templateId = row.rowId("template_id");
    d.subject = row.text("subject");
    d.body = row.text("body");
    d.status = row.key<DraftStatus>("status");
    d.createdAt = row.timestamp("created_at");
    d.updatedAt = row.timestamp("updated_at");
    d.sentAt = row.timestamp("sent_at");
    d.sentChannel = row.text("sent_channel");
    return row.finish(std::move(d));
}

Error notFound(RowId id) {
    return Error{RejectionDraftRepository::tr("There is no rejection draft with id %1.").arg(id)};
}

Error changedMeanwhile(Database& db, RowId id) {
    return sql::RowVersions::changedMeanwhile(
        RejectionDraftRepository::tr("Rejection draft %1").arg(id), db.location());
}

const sql::RecordTable<RejectionDraft>& table() {
    static const sql::RecordTable<RejectionDraft> map{
        .table = QStringLiteral("rejection_drafts"),
        .columns = {QStringLiteral("uuid"), QStringLiteral("application_id"),
                    QStringLiteral("language"), QStringLiteral("template_id"),
                    QStringLiteral("subject"), QStringLiteral("body"), QStringLiteral("status"),
                    QStringLiteral("created_at"), QStringLiteral("updated_at"),
                    QStringLiteral("sent_at"), QStringLiteral("sent_channel")},
        .keepWhenNull = {QStringLiteral("uuid"), QStringLiteral("created_at"),
                         QStringLiteral("updated_at")},
        .values = values,
        .read = read,
        .notFound = notFound,
        .stampNew =
            [](RejectionDraft& d) {
                sql::stampIfInvalid(d.createdAt);
                if (!d.updatedAt.isValid())
                    d.updatedAt = d.createdAt;
            },
        .changedMeanwhile = changedMeanwhile,
    };
    return map;
}

} // namespace

Status RejectionDraftRepository::insert(RejectionDraft& value) {
    return sql::insertRecord(m_db, table(), value);
}

VersionedSave<RejectionDraft> RejectionDraftRepository::update(RejectionDraft& value) {
    return sql::updateVersioned(m_db, table(), value);
}

Error RejectionDraftRepository::changedMeanwhile(RowId id) const {
    return debrief::changedMeanwhile(m_db, id);
}

Status RejectionDraftRepository::remove(RowId id) {
    return sql::removeRecord(m_db, table(), id);
}

Result<RejectionDraft> RejectionDraftRepository::get(RowId id) {
    return sql::selectById(m_db, table(), id);
}

Result<std::optional<RejectionDraft>> RejectionDraftRepository::findByUuid(const QUuid& uuid) {
    return sql::selectByUuid(m_db, table(), uuid);
}

Result<QList<RejectionDraft>> RejectionDraftRepository::forApplication(RowId applicationId) {
    return sql::selectRecords(m_db, table(),
                              QStringLiteral("WHERE application_id = ? ORDER BY created_at, id"),
                              {applicationId});
}

Result<std::optional<RejectionDraft>>
RejectionDraftRepository::latestForApplication(RowId applicationId) {
    return sql::selectFirst(m_db, table(),
                            QStringLiteral("WHERE application_id = ? ORDER BY created_at DESC, "
                                           "id DESC"),
                            {applicationId});
}

Result<QList<RejectionDraft>> RejectionDraftRepository::latestForOpening(RowId openingId) {
    // The newest draft per application: no later draft (by time, then id)
    // of the same application exists.
    return sql::selectRecords(
        m_db, table(),
        QStringLiteral("WHERE application_id IN (SELECT id FROM applications WHERE opening_id = ?) "
                       "AND NOT EXISTS (SELECT 1 FROM rejection_drafts later "
                       "WHERE later.application_id = rejection_drafts.application_id "
                       "AND (later.created_at > rejection_drafts.created_at "
                       "OR (later.created_at = rejection_drafts.created_at "
                       "AND later.id > rejection_drafts.id))) "
                       "ORDER BY application_id"),
        {openingId});
}

} // namespace debrief
