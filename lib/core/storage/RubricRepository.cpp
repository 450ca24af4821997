#include "RubricRepository.h"

#include "ChildRows.h"
#include "RecordTable.h"
#include "RecordUuid.h"

#include <QSet>

namespace debrief {
namespace {

// Criteria have ids of their own (ratings, rounds and decisions point at
// them), so saving a rubric updates the criteria it keeps instead of
// replacing them; only their anchor texts are replaced wholesale.
const QString kCriteriaTable = QStringLiteral("criteria");
const QStringList kCriterionColumns = {QStringLiteral("uuid"),        QStringLiteral("rubric_id"),
                                       QStringLiteral("sort_order"),  QStringLiteral("name"),
                                       QStringLiteral("description"), QStringLiteral("weight"),
                                       QStringLiteral("scale_size")};
const sql::ChildTable kAnchors{QStringLiteral("criterion_anchors"),
                               QStringLiteral("criterion_id"),
                               {QStringLiteral("anchor_text")},
                               QStringLiteral("anchor_level"),
                               1};

QVariantList criterionValues(const Criterion& c, RowId rubricId, int position) {
    return {sql::uuid(c.uuid),        rubricId, position,   sql::text(c.name),
            sql::text(c.description), c.weight, c.scaleSize};
}

Result<Criterion> readCriterion(sql::SqlRow& row) {
    Criterion c;
    c.id = row.rowId("id");
    c.uuid = row.uuid("uuid");
    c.name = row.text("name");
    c.description = row.text("description");
    c.weight = row.real("weight");
    c.scaleSize = row.integer("scale_size");
    return row.finish(std::move(c));
}

Status saveAnchors(Database& db, const Criterion& c) {
    QList<QVariantList> rows;
    for (const QString& anchor : c.anchors)
        rows.append(QVariantList{sql::text(anchor)});
    return sql::replaceChildRows(db, kAnchors, c.id, rows);
}

Status loadAnchors(Database& db, Criterion& c) {
    auto anchors = sql::loadChildRows<QString>(
        db, kAnchors, c.id, [](sql::SqlRow& row) { return row.finish(row.text("anchor_text")); });
    if (!anchors)
        return anchors.error();
    c.anchors = std::move(anchors).value();
    return {};
}

/// Inserts a new criterion or rewrites a stored one, then its anchors.
Status writeCriterion(Database& db, Criterion& c, RowId rubricId, int position, bool stored) {
    if (stored) {
        QVariantList values = criterionValues(c, rubricId, position);
        values.append(c.id);
        auto updated = db.exec(
            sql::updateSql(kCriteriaTable, kCriterionColumns, {QStringLiteral("uuid")}), values);
        if (!updated)
            return updated.error();
    } else {
        if (c.uuid.isNull())
            c.uuid = RecordUuid::create();
        auto id = db.insert(sql::insertSql(kCriteriaTable, kCriterionColumns) +
                                QStringLiteral(" RETURNING id"),
                            criterionValues(c, rubricId, position));
        if (!id)
            return id.error();
        c.id = *id;
    }
    return saveAnchors(db, c);
}

Status removeCriterion(Database& db, RowId id) {
    const auto unused = sql::refuseIfReferenced(
        db,
        QStringLiteral("SELECT (SELECT COUNT(*) FROM ratings WHERE criterion_id = ?) + "
                       "(SELECT COUNT(*) FROM decision_criteria WHERE criterion_id = ?)"),
        id,
        RubricRepository::tr("Criterion %1 cannot be taken out of its rubric: scorecards or a "
                             "decision record refer to it. Make a new version of the rubric "
                             "instead.")
            .arg(id));
    if (!unused)
        return unused;
    return sql::removeRow(db, kCriteriaTable, id, Error{});
}

Result<QSet<RowId>> storedCriterionIds(Database& db, RowId rubricId) {
    auto ids =
        sql::readRows<RowId>(db, QStringLiteral("SELECT id FROM criteria WHERE rubric_id = ?"),
                             {rubricId}, kCriteriaTable, {QStringLiteral("id")},
                             [](sql::SqlRow& row) -> Result<RowId> { return row.rowId("id"); });
    if (!ids)
        return ids.error();
    return QSet<RowId>(ids->cbegin(), ids->cend());
}

Status saveCriteria(Database& db, Rubric& r) {
    auto stored = storedCriterionIds(db, r.id);
    if (!stored)
        return stored.error();
    QSet<RowId> kept;
    for (const Criterion& c : r.criteria)
        kept.insert(c.id);
    // Dropped criteria go first, so that their uuids are free for reuse.
    for (RowId id : *stored) {
        if (kept.contains(id))
            continue;
        if (Status removed = removeCriterion(db, id); !removed)
            return removed;
    }
    for (qsizetype i = 0; i < r.criteria.size(); ++i) {
        Criterion& c = r.criteria[i];
        if (Status written = writeCriterion(db, c, r.id, int(i), stored->contains(c.id)); !written)
            return written;
    }
    return {};
}

Status loadCriteria(Database& db, Rubric& r) {
    auto criteria = sql::readRows<Criterion>(
        db,
        sql::selectSql(kCriteriaTable, kCriterionColumns,
                       QStringLiteral("WHERE rubric_id = ? ORDER BY sort_order, id")),
        {r.id}, kCriteriaTable, {QStringLiteral("id")}, readCriterion);
    if (!criteria)
        return criteria.error();
    for (Criterion& c : *criteria) {
        if (Status loaded = loadAnchors(db, c); !loaded)
            return loaded;
    }
    r.criteria = std::move(criteria).value();
    return {};
}

QVariantList values(const Rubric& r) {
    return {sql::uuid(r.uuid),          sql::uuid(r.familyUuid), r.version,
            sql::rowId(r.openingId),    sql::text(r.name),       sql::text(r.description),
            sql::timestamp(r.createdAt)};
}

Result<Rubric> read(sql::SqlRow& row) {
    Rubric r;
    r.id = row.rowId("id");
    r.uuid = row.uuid("uuid");
    r.familyUuid = row.uuid("family_uuid");
    r.version = row.integer("version");
    r.openingId = row.rowId("opening_id");
    r.name = row.text("name");
    r.description = row.text("description");
    r.createdAt = row.timestamp("created_at");
    return row.finish(std::move(r));
}

void stampNew(Rubric& r) {
    // The first version of a rubric starts its own family.
    if (r.familyUuid.isNull())
        r.familyUuid = r.uuid;
    sql::stampIfInvalid(r.createdAt);
}

Error notFound(RowId id) {
    return Error{RubricRepository::tr("There is no rubric with id %1.").arg(id)};
}

const sql::RecordTable<Rubric>& table() {
    static const sql::RecordTable<Rubric> map{
        .table = QStringLiteral("rubrics"),
        .columns = {QStringLiteral("uuid"), QStringLiteral("family_uuid"),
                    QStringLiteral("version"), QStringLiteral("opening_id"), QStringLiteral("name"),
                    QStringLiteral("description"), QStringLiteral("created_at")},
        .keepWhenNull = {QStringLiteral("uuid"), QStringLiteral("family_uuid"),
                         QStringLiteral("created_at")},
        .values = values,
        .read = read,
        .notFound = notFound,
        .stampNew = stampNew,
        .saveChildren = saveCriteria,
        .loadChildren = loadCriteria,
    };
    return map;
}

} // namespace

Status RubricRepository::insert(Rubric& value) {
    return sql::insertRecord(m_db, table(), value);
}

Status RubricRepository::update(const Rubric& value) {
    return sql::updateRecord(m_db, table(), value);
}

Status RubricRepository::remove(RowId id) {
    const auto unused = sql::refuseIfReferenced(
        m_db,
        QStringLiteral("SELECT (SELECT COUNT(*) FROM scorecard_seats WHERE rubric_id = ?) + "
                       "(SELECT COUNT(*) FROM decision_criteria WHERE criterion_id IN "
                       "(SELECT id FROM criteria WHERE rubric_id = ?))"),
        id,
        tr("Rubric %1 cannot be removed: scorecards were scored against it, or a decision "
           "record names its criteria.")
            .arg(id));
    if (!unused)
        return unused;
    return sql::removeRecord(m_db, table(), id);
}

Result<Rubric> RubricRepository::get(RowId id) {
    return sql::selectById(m_db, table(), id);
}

Result<std::optional<Rubric>> RubricRepository::findByUuid(const QUuid& uuid) {
    return sql::selectByUuid(m_db, table(), uuid);
}

Result<std::optional<Rubric>> RubricRepository::currentForOpening(RowId openingId) {
    return sql::selectFirst(m_db, table(),
                            QStringLiteral("WHERE opening_id = ? ORDER BY version DESC, id DESC "
                                           "LIMIT 1"),
                            {openingId});
}

Result<QList<Rubric>> RubricRepository::versionsForOpening(RowId openingId) {
    return sql::selectRecords(
        m_db, table(), QStringLiteral("WHERE opening_id = ? ORDER BY version, id"), {openingId});
}

Result<QList<Rubric>> RubricRepository::templates() {
    return sql::selectRecords(
        m_db, table(),
        QStringLiteral("WHERE opening_id IS NULL ORDER BY LOWER(name), version, id"));
}

} // namespace debrief
