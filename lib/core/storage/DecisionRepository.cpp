#include "DecisionRepository.h"

#include "ChildRows.h"
#include "RecordTable.h"

namespace debrief {
namespace {

const sql::ChildTable kCriteria{QStringLiteral("decision_criteria"),
                                QStringLiteral("decision_id"),
                                {QStringLiteral("criterion_id")},
                                QStringLiteral("sort_order")};
const sql::ChildTable kOutcomes{
    QStringLiteral("decision_outcomes"),
    QStringLiteral("decision_id"),
    {QStringLiteral("application_id"), QStringLiteral("role"), QStringLiteral("runner_up_rank")},
    QStringLiteral("sort_order")};

QVariantList values(const Decision& d) {
    return {sql::uuid(d.uuid),           d.openingId,
            sql::timestamp(d.decidedAt), sql::rowId(d.decidedBy),
            sql::text(d.rationale),      sql::flag(d.shareDecidingFactor)};
}

Result<Decision> read(sql::SqlRow& row) {
    Decision d;
    d.id = row.rowId("id");
    d.uuid = row.uuid("uuid");
    d.openingId = row.rowId("opening_id");
    d.decidedAt = row.timestamp("decided_at");
    d.decidedBy = row.rowId("decided_by");
    d.rationale = row.text("rationale");
    d.shareDecidingFactor = row.flag("share_deciding_factor");
    return row.finish(std::move(d));
}

Status saveChildren(Database& db, Decision& d) {
    if (auto saved =
            sql::replaceChildRows(db, kCriteria, d.id, sql::idRows(d.decidingCriterionIds));
        !saved)
        return saved;
    QList<QVariantList> rows;
    for (const DecisionOutcome& o : d.outcomes)
        rows.append(QVariantList{o.applicationId, toKey(o.role), o.rank});
    return sql::replaceChildRows(db, kOutcomes, d.id, rows);
}

Result<DecisionOutcome> readOutcome(sql::SqlRow& row) {
    DecisionOutcome o;
    o.applicationId = row.rowId("application_id");
    o.role = row.key<DecisionRole>("role");
    o.rank = row.integer("runner_up_rank");
    return row.finish(o);
}

Status loadChildren(Database& db, Decision& d) {
    auto criteria = sql::loadIdList(db, kCriteria, d.id);
    if (!criteria)
        return criteria.error();
    auto outcomes = sql::loadChildRows<DecisionOutcome>(db, kOutcomes, d.id, readOutcome);
    if (!outcomes)
        return outcomes.error();
    d.decidingCriterionIds = std::move(criteria).value();
    d.outcomes = std::move(outcomes).value();
    return {};
}

Error notFound(RowId id) {
    return Error{DecisionRepository::tr("There is no decision record with id %1.").arg(id)};
}

Error changedMeanwhile(Database& db, RowId id) {
    return sql::RowVersions::changedMeanwhile(DecisionRepository::tr("Decision %1").arg(id),
                                              db.location());
}

const sql::RecordTable<Decision>& table() {
    static const sql::RecordTable<Decision> map{
        .table = QStringLiteral("decisions"),
        .columns = {QStringLiteral("uuid"), QStringLiteral("opening_id"),
                    QStringLiteral("decided_at"), QStringLiteral("decided_by"),
                    QStringLiteral("rationale"), QStringLiteral("share_deciding_factor")},
        .keepWhenNull = {QStringLiteral("uuid"), QStringLiteral("decided_at")},
        .values = values,
        .read = read,
        .notFound = notFound,
        .stampNew = [](Decision& d) { sql::stampIfInvalid(d.decidedAt); },
        .saveChildren = saveChildren,
        .loadChildren = loadChildren,
        .changedMeanwhile = changedMeanwhile,
    };
    return map;
}

} // namespace

Status DecisionRepository::insert(Decision& value) {
    return sql::insertRecord(m_db, table(), value);
}

VersionedSave<Decision> DecisionRepository::update(Decision& value) {
    return sql::updateVersioned(m_db, table(), value);
}

Status DecisionRepository::remove(RowId id) {
    return sql::removeRecord(m_db, table(), id);
}

Result<Decision> DecisionRepository::get(RowId id) {
    return sql::selectById(m_db, table(), id);
}

Result<std::optional<Decision>> DecisionRepository::findByUuid(const QUuid& uuid) {
    return sql::selectByUuid(m_db, table(), uuid);
}

Result<std::optional<Decision>> DecisionRepository::forOpening(RowId openingId) {
    return sql::selectFirst(m_db, table(), QStringLiteral("WHERE opening_id = ?"), {openingId});
}

} // namespace debrief
