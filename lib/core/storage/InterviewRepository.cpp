#include "InterviewRepository.h"

#include "ChildRows.h"
#include "RecordTable.h"

namespace debrief {
namespace {

const sql::ChildTable kPanelists{QStringLiteral("interview_panelists"),
                                 QStringLiteral("interview_id"),
                                 {QStringLiteral("panelist_id")},
                                 QStringLiteral("seat")};

QVariantList values(const Interview& i) {
    return {sql::uuid(i.uuid),
            i.applicationId,
            i.roundId,
            sql::timestamp(i.scheduledAt),
            i.durationMinutes,
            sql::text(i.location),
            sql::text(i.videoLink),
            i.invitationSequence,
            sql::timestamp(i.cancelledAt),
            sql::text(i.cancelledBy),
            sql::text(i.cancellationReason)};
}

Result<Interview> read(sql::SqlRow& row) {
    Interview i;
    i.id = row.rowId("id");
    i.uuid = row.uuid("uuid");
    i.applicationId = row.rowId("application_id");
    i.roundId = row.rowId("round_id");
    i.scheduledAt = row.timestamp("scheduled_at");
    i.durationMinutes = row.integer("duration_minutes");
    i.location = row.text("location");
    i.videoLink = row.text("video_link");
    i.invitationSequence = row.integer("invitation_sequence");
    i.cancelledAt = row.timestamp("cancelled_at");
    i.cancelledBy = row.text("cancelled_by");
    i.cancellationReason = row.text("cancellation_reason");
    return row.finish(std::move(i));
}

Status savePanelists(Database& db, Interview& i) {
    return sql::replaceChildRows(db, kPanelists, i.id, sql::idRows(i.panelistIds));
}

Status loadPanelists(Database& db, Interview& i) {
    auto ids = sql::loadIdList(db, kPanelists, i.id);
    if (!ids)
        return ids.error();
    i.panelistIds = std::move(ids).value();
    return {};
}

Status loadAllPanelists(Database& db, QList<Interview>& records, const QString& parentIds,
                        const QVariantList& values) {
    return sql::loadIdListsInto(db, kPanelists, records, &Interview::panelistIds, parentIds,
                                values);
}

Error notFound(RowId id) {
    return Error{InterviewRepository::tr("There is no interview with id %1.").arg(id)};
}

Error changedMeanwhile(Database& db, RowId id) {
    return sql::RowVersions::changedMeanwhile(InterviewRepository::tr("Interview %1").arg(id),
                                              db.location());
}

const sql::RecordTable<Interview>& table() {
    static const sql::RecordTable<Interview> map{
        .table = QStringLiteral("interviews"),
        .columns = {QStringLiteral("uuid"), QStringLiteral("application_id"),
                    QStringLiteral("round_id"), QStringLiteral("scheduled_at"),
                    QStringLiteral("duration_minutes"), QStringLiteral("location"),
                    QStringLiteral("video_link"), QStringLiteral("invitation_sequence"),
                    QStringLiteral("cancelled_at"), QStringLiteral("cancelled_by"),
                    QStringLiteral("cancellation_reason")},
        .keepWhenNull = {QStringLiteral("uuid")},
        .values = values,
        .read = read,
        .notFound = notFound,
        .saveChildren = savePanelists,
        .loadChildren = loadPanelists,
        .loadChildrenOfAll = loadAllPanelists,
        .changedMeanwhile = changedMeanwhile,
    };
    return map;
}

} // namespace

Status InterviewRepository::insert(Interview& value) {
    return sql::insertRecord(m_db, table(), value);
}

VersionedSave<Interview> InterviewRepository::update(Interview& value) {
    return sql::updateVersioned(m_db, table(), value);
}

Status InterviewRepository::remove(RowId id) {
    return sql::removeRecord(m_db, table(), id);
}

Result<Interview> InterviewRepository::get(RowId id) {
    return sql::selectById(m_db, table(), id);
}

Result<std::optional<Interview>> InterviewRepository::findByUuid(const QUuid& uuid) {
    return sql::selectByUuid(m_db, table(), uuid);
}

Result<QList<Interview>> InterviewRepository::forApplication(RowId applicationId) {
    // Unscheduled interviews last: the engines disagree on where NULLs sort.
    return sql::selectRecords(m_db, table(),
                              QStringLiteral("WHERE application_id = ? ORDER BY CASE WHEN "
                                             "scheduled_at IS NULL THEN 1 ELSE 0 END, "
                                             "scheduled_at, id"),
                              {applicationId});
}

Result<QList<Interview>> InterviewRepository::forOpening(RowId openingId) {
    return sql::selectRecords(m_db, table(),
                              QStringLiteral("WHERE application_id IN (SELECT id FROM applications "
                                             "WHERE opening_id = ?) ORDER BY application_id, CASE "
                                             "WHEN scheduled_at IS NULL THEN 1 ELSE 0 END, "
                                             "scheduled_at, id"),
                              {openingId});
}

} // namespace debrief
