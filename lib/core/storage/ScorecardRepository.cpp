#include "ScorecardRepository.h"

#include "ChildRows.h"
#include "RecordTable.h"

namespace debrief {
namespace {

const sql::ChildTable kRatings{
    QStringLiteral("ratings"),
    QStringLiteral("scorecard_id"),
    {QStringLiteral("criterion_id"), QStringLiteral("score"), QStringLiteral("evidence")},
    QStringLiteral("sort_order")};

QVariantList values(const Scorecard& s) {
    return {sql::uuid(s.uuid),
            s.interviewId,
            s.panelistId,
            s.rubricId,
            toKey(s.status),
            s.recommendation ? QVariant(toKey(*s.recommendation)) : QVariant(),
            sql::text(s.keyTakeaways),
            sql::timestamp(s.updatedAt),
            sql::timestamp(s.submittedAt)};
}

/// The columns of the table that the view `scorecard_seats` shows too.
Scorecard readSeatColumns(sql::SqlRow& row) {
    Scorecard s;
    s.id = row.rowId("id");
    s.interviewId = row.rowId("interview_id");
    s.panelistId = row.rowId("panelist_id");
    s.rubricId = row.rowId("rubric_id");
    s.status = row.key<ScorecardStatus>("status");
    s.updatedAt = row.timestamp("updated_at");
    s.submittedAt = row.timestamp("submitted_at");
    return s;
}

Result<Scorecard> readSeat(sql::SqlRow& row) {
    return row.finish(readSeatColumns(row));
}

Result<Scorecard> read(sql::SqlRow& row) {
    Scorecard s = readSeatColumns(row);
    s.uuid = row.uuid("uuid");
    s.recommendation = row.optionalKey<Recommendation>("recommendation");
    s.keyTakeaways = row.text("key_takeaways");
    return row.finish(std::move(s));
}

Status saveRatings(Database& db, Scorecard& s) {
    QList<QVariantList> rows;
    for (const CriterionRating& r : s.ratings)
        rows.append(QVariantList{r.criterionId, sql::optionalInt(r.score), sql::text(r.evidence)});
    // Autosave writes the card every few seconds while one field changes:
    // the ratings nobody touched stay as they are.
    return sql::upsertChildRows(db, kRatings, s.id, rows);
}

Result<CriterionRating> readRating(sql::SqlRow& row) {
    return row.finish(
        CriterionRating{row.rowId("criterion_id"), row.optionalInt("score"), row.text("evidence")});
}

Status loadRatings(Database& db, Scorecard& s) {
    auto ratings = sql::loadChildRows<CriterionRating>(db, kRatings, s.id, readRating);
    if (!ratings)
        return ratings.error();
    s.ratings = std::move(ratings).value();
    return {};
}

Status loadAllRatings(Database& db, QList<Scorecard>& cards, const QString& parentIds,
                      const QVariantList& values) {
    auto ratings =
        sql::loadChildRowsOfAll<CriterionRating>(db, kRatings, parentIds, values, readRating);
    if (!ratings)
        return ratings.error();
    sql::assignChildRows(cards, *ratings, &Scorecard::ratings);
    return {};
}

Error notFound(RowId id) {
    return Error{ScorecardRepository::tr("There is no scorecard with id %1.").arg(id)};
}

Error changedMeanwhile(Database& db, RowId id) {
    return sql::RowVersions::changedMeanwhile(ScorecardRepository::tr("Scorecard %1").arg(id),
                                              db.location());
}

const sql::RecordTable<Scorecard>& table() {
    static const sql::RecordTable<Scorecard> map{
        .table = QStringLiteral("scorecards"),
        .columns = {QStringLiteral("uuid"), QStringLiteral("interview_id"),
                    QStringLiteral("panelist_id"), QStringLiteral("rubric_id"),
                    QStringLiteral("status"), QStringLiteral("recommendation"),
                    QStringLiteral("key_takeaways"), QStringLiteral("updated_at"),
                    QStringLiteral("submitted_at")},
        .keepWhenNull = {QStringLiteral("uuid"), QStringLiteral("updated_at")},
        .values = values,
        .read = read,
        .notFound = notFound,
        .stampNew = [](Scorecard& s) { sql::stampIfInvalid(s.updatedAt); },
        .saveChildren = saveRatings,
        .loadChildren = loadRatings,
        .loadChildrenOfAll = loadAllRatings,
        .changedMeanwhile = changedMeanwhile,
    };
    return map;
}

/// Why a guarded update wrote nothing: no such card, submitted and locked,
/// or saved by someone else since `value` was read (stale).
VersionedSave<Scorecard> refusal(Database& db, const Scorecard& value) {
    auto stored = db.fetchAll(
        QStringLiteral("SELECT status, row_version FROM scorecards WHERE id = ?"), {value.id});
    if (!stored)
        return stored.error();
    if (stored->isEmpty())
        return notFound(value.id);
    const bool submitted = fromKey<ScorecardStatus>(stored->constFirst().at(0).toString()) ==
                           ScorecardStatus::Submitted;
    // A card submitted after the editor read it is a stale save, and the
    // refusal shows what was submitted; only a card the editor saw
    // submitted is simply locked.
    const bool sameVersion = stored->constFirst().at(1).toInt() == value.rowVersion;
    if (submitted && sameVersion) {
        return Error{ScorecardRepository::tr(
                         "Scorecard %1 in %2 has been submitted and is locked: it can only be "
                         "changed by an amendment with a reason, which the audit log keeps.")
                         .arg(value.id)
                         .arg(db.location())};
    }
    auto current = sql::selectById(db, table(), value.id);
    if (!current)
        return current.error();
    return VersionedSave<Scorecard>::stale(std::move(current).value(),
                                           changedMeanwhile(db, value.id));
}

} // namespace

Status ScorecardRepository::insert(Scorecard& value) {
    return sql::insertRecord(m_db, table(), value);
}

VersionedSave<Scorecard> ScorecardRepository::update(Scorecard& value) {
    TransactionGuard tx(m_db);
    if (!tx.begun())
        return tx.begun();
    // One statement checks and writes: the card is written only when it is
    // still at the version read and not submitted, so nothing can submit it
    // in between. Only when it writes nothing does a read say why.
    static const QString statement = table().updateStatement + QStringLiteral(" AND status <> ?");
    QVariantList values = table().values(value);
    values << value.id << value.rowVersion << toKey(ScorecardStatus::Submitted);
    auto written = m_db.exec(statement, values);
    if (!written)
        return written.error();
    if (written->numRowsAffected() < 1)
        return refusal(m_db, value);
    if (Status saved = saveRatings(m_db, value); !saved)
        return saved;
    if (Status committed = tx.commit(); !committed)
        return committed;
    ++value.rowVersion;
    return {};
}

VersionedSave<Scorecard> ScorecardRepository::update(Scorecard& value, AmendmentKey) {
    return sql::updateVersioned(m_db, table(), value);
}

Status ScorecardRepository::remove(RowId id) {
    return sql::removeRecord(m_db, table(), id);
}

Result<Scorecard> ScorecardRepository::get(RowId id) {
    return sql::selectById(m_db, table(), id);
}

Result<std::optional<Scorecard>> ScorecardRepository::findByUuid(const QUuid& uuid) {
    return sql::selectByUuid(m_db, table(), uuid);
}

Result<QList<Scorecard>> ScorecardRepository::forInterview(RowId interviewId) {
    return sql::selectRecords(m_db, table(), QStringLiteral("WHERE interview_id = ? ORDER BY id"),
                              {interviewId});
}

Result<QList<Scorecard>> ScorecardRepository::forApplication(RowId applicationId) {
    return sql::selectRecords(m_db, table(),
                              QStringLiteral("WHERE interview_id IN (SELECT id FROM interviews "
                                             "WHERE application_id = ?) ORDER BY id"),
                              {applicationId});
}

Result<QList<Scorecard>> ScorecardRepository::seatsForApplication(RowId applicationId) {
    return sql::readRows<Scorecard>(
        m_db,
        QStringLiteral("SELECT id, interview_id, panelist_id, rubric_id, status, updated_at, "
                       "submitted_at FROM scorecard_seats WHERE interview_id IN (SELECT id FROM "
                       "interviews WHERE application_id = ?) ORDER BY id"),
        {applicationId}, QStringLiteral("scorecard_seats"), {QStringLiteral("id")}, readSeat);
}

Result<QList<Scorecard>> ScorecardRepository::forOpening(RowId openingId) {
    return sql::selectRecords(
        m_db, table(),
        QStringLiteral("WHERE interview_id IN (SELECT interviews.id FROM interviews JOIN "
                       "applications ON applications.id = interviews.application_id WHERE "
                       "applications.opening_id = ?) ORDER BY id"),
        {openingId});
}

} // namespace debrief
