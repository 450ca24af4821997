#include "InterviewRoundRepository.h"

#include "ChildRows.h"
#include "RecordTable.h"

namespace debrief {
namespace {

const sql::ChildTable kCriteria{QStringLiteral("round_criteria"),
                                QStringLiteral("round_id"),
                                {QStringLiteral("criterion_id")},
                                QStringLiteral("sort_order")};

QVariantList values(const InterviewRound& r) {
    return {sql::uuid(r.uuid),        r.openingId,      r.position, sql::text(r.name),
            sql::text(r.description), r.durationMinutes};
}

Result<InterviewRound> read(sql::SqlRow& row) {
    InterviewRound r;
    r.id = row.rowId("id");
    r.uuid = row.uuid("uuid");
    r.openingId = row.rowId("opening_id");
    r.position = row.integer("sort_order");
    r.name = row.text("name");
    r.description = row.text("description");
    r.durationMinutes = row.integer("duration_minutes");
    return row.finish(std::move(r));
}

Status saveCriteria(Database& db, InterviewRound& r) {
    return sql::replaceChildRows(db, kCriteria, r.id, sql::idRows(r.criterionIds));
}

Status loadCriteria(Database& db, InterviewRound& r) {
    auto ids = sql::loadIdList(db, kCriteria, r.id);
    if (!ids)
        return ids.error();
    r.criterionIds = std::move(ids).value();
    return {};
}

Status loadAllCriteria(Database& db, QList<InterviewRound>& records, const QString& parentIds,
                       const QVariantList& values) {
    return sql::loadIdListsInto(db, kCriteria, records, &InterviewRound::criterionIds, parentIds,
                                values);
}

Error notFound(RowId id) {
    return Error{InterviewRoundRepository::tr("There is no interview round with id %1.").arg(id)};
}

const sql::RecordTable<InterviewRound>& table() {
    static const sql::RecordTable<InterviewRound> map{
        .table = QStringLiteral("rounds"),
        .columns = {QStringLiteral("uuid"), QStringLiteral("opening_id"),
                    QStringLiteral("sort_order"), QStringLiteral("name"),
                    QStringLiteral("description"), QStringLiteral("duration_minutes")},
        .keepWhenNull = {QStringLiteral("uuid")},
        .values = values,
        .read = read,
        .notFound = notFound,
        .saveChildren = saveCriteria,
        .loadChildren = loadCriteria,
        .loadChildrenOfAll = loadAllCriteria,
    };
    return map;
}

} // namespace

Status InterviewRoundRepository::insert(InterviewRound& value) {
    return sql::insertRecord(m_db, table(), value);
}

Status InterviewRoundRepository::update(const InterviewRound& value) {
    return sql::updateRecord(m_db, table(), value);
}

Status InterviewRoundRepository::remove(RowId id) {
    const auto unused = sql::refuseIfReferenced(
        m_db, QStringLiteral("SELECT COUNT(*) FROM interviews WHERE round_id = ?"), id,
        tr("Interview round %1 cannot be removed: interviews were held in it.").arg(id));
    if (!unused)
        return unused;
    return sql::removeRecord(m_db, table(), id);
}

Result<InterviewRound> InterviewRoundRepository::get(RowId id) {
    return sql::selectById(m_db, table(), id);
}

Result<std::optional<InterviewRound>> InterviewRoundRepository::findByUuid(const QUuid& uuid) {
    return sql::selectByUuid(m_db, table(), uuid);
}

Result<QList<InterviewRound>> InterviewRoundRepository::forOpening(RowId openingId) {
    return sql::selectRecords(
        m_db, table(), QStringLiteral("WHERE opening_id = ? ORDER BY sort_order, id"), {openingId});
}

} // namespace debrief
