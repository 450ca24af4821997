#include "CandidateRepository.h"

#include "CandidateSearchKey.h"
#include "Database.h"
#include "RecordTable.h"

namespace debrief {
namespace {

// The search key goes with every write of the name and e-mail, so that no
// writer through the repository can leave it stale.
QVariantList values(const Candidate& c) {
    return {sql::uuid(c.uuid),           sql::text(c.fullName),
            sql::text(c.preferredName),  sql::text(c.email),
            sql::text(c.phone),          sql::text(c.location),
            sql::text(c.source),         sql::text(c.notes),
            sql::timestamp(c.createdAt), sql::text(CandidateSearchKey::of(c.fullName, c.email))};
}

Result<Candidate> read(sql::SqlRow& row) {
    Candidate c;
    c.id = row.rowId("id");
    c.uuid = row.uuid("uuid");
    c.fullName = row.text("full_name");
    c.preferredName = row.text("preferred_name");
    c.email = row.text("email");
    c.phone = row.text("phone");
    c.location = row.text("location");
    c.source = row.text("source");
    c.notes = row.text("notes");
    c.createdAt = row.timestamp("created_at");
    return row.finish(std::move(c));
}

Error notFound(RowId id) {
    return Error{CandidateRepository::tr("There is no candidate with id %1.").arg(id)};
}

Error changedMeanwhile(Database& db, RowId id) {
    return sql::RowVersions::changedMeanwhile(CandidateRepository::tr("Candidate %1").arg(id),
                                              db.location());
}

const sql::RecordTable<Candidate>& table() {
    static const sql::RecordTable<Candidate> map{
        .table = QStringLiteral("candidates"),
        .columns = {QStringLiteral("uuid"), QStringLiteral("full_name"),
                    QStringLiteral("preferred_name"), QStringLiteral("email"),
                    QStringLiteral("phone"), QStringLiteral("location"), QStringLiteral("source"),
                    QStringLiteral("notes"), QStringLiteral("created_at"),
                    QStringLiteral("search_key")},
        .keepWhenNull = {QStringLiteral("uuid"), QStringLiteral("created_at")},
        .values = values,
        .read = read,
        .notFound = notFound,
        .stampNew = [](Candidate& c) { sql::stampIfInvalid(c.createdAt); },
        .changedMeanwhile = changedMeanwhile,
    };
    return map;
}

/// A write refused by the unique e-mail key (migration 6) worded for
/// people, without the address: the other holder's id says where to look.
Status explained(Database& db, Status written, const Candidate& value) {
    if (written || value.email.trimmed().isEmpty())
        return written;
    auto other = db.exec(QStringLiteral("SELECT id FROM candidates WHERE email <> '' AND "
                                        "email_shared = FALSE AND lower(trim(email)) = "
                                        "lower(trim(?)) AND id <> ?"),
                         {sql::text(value.email), QVariant::fromValue(qint64(value.id))});
    if (!other || !other->next())
        return written;
    return Error{CandidateRepository::tr("Candidate %1 already has this e-mail address; one "
                                         "person is stored once (in %2).")
                     .arg(other->value(0).toLongLong())
                     .arg(db.location())};
}

} // namespace

Status CandidateRepository::insert(Candidate& value) {
    return explained(m_db, sql::insertRecord(m_db, table(), value), value);
}

Status CandidateRepository::insertAll(QList<Candidate>& values) {
    return sql::insertRecords(m_db, table(), values);
}

VersionedSave<Candidate> CandidateRepository::update(Candidate& value) {
    VersionedSave<Candidate> written = sql::updateVersioned(m_db, table(), value);
    if (written.ok() || written.isStale())
        return written;
    return explained(m_db, written, value);
}

Status CandidateRepository::remove(RowId id) {
    return sql::removeRecord(m_db, table(), id);
}

Result<Candidate> CandidateRepository::get(RowId id) {
    return sql::selectById(m_db, table(), id);
}

Result<std::optional<Candidate>> CandidateRepository::findByUuid(const QUuid& uuid) {
    return sql::selectByUuid(m_db, table(), uuid);
}

Result<QList<Candidate>> CandidateRepository::findByEmail(const QString& email) {
    return sql::selectRecords(m_db, table(),
                              QStringLiteral("WHERE LOWER(email) = LOWER(?) ORDER BY id"),
                              {sql::text(email)});
}

Result<QList<Candidate>> CandidateRepository::list() {
    return sql::selectRecords(m_db, table(), QStringLiteral("ORDER BY LOWER(full_name), id"));
}

Result<QList<Candidate>> CandidateRepository::forOpening(RowId openingId) {
    return sql::selectRecords(m_db, table(),
                              QStringLiteral("WHERE id IN (SELECT candidate_id FROM applications "
                                             "WHERE opening_id = ?) ORDER BY id"),
                              {openingId});
}

Result<QHash<RowId, QString>> CandidateRepository::namesForOpening(RowId openingId) {
    auto query = m_db.exec(QStringLiteral("SELECT id, full_name FROM candidates WHERE id IN "
                                          "(SELECT candidate_id FROM applications WHERE "
                                          "opening_id = ?)"),
                           {openingId});
    if (!query)
        return query.error();
    QHash<RowId, QString> names;
    while (query->next())
        names.insert(query->value(0).toLongLong(), query->value(1).toString());
    return names;
}

} // namespace debrief
