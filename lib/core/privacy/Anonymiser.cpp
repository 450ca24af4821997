#include "Anonymiser.h"

#include "FileScrub.h"
#include "NameRedaction.h"
#include "PersonRecords.h"

#include "storage/AuditRepository.h"
#include "storage/CandidateSearchKey.h"
#include "storage/Database.h"
#include "storage/SqlValues.h"
#include "storage/TransactionGuard.h"

#include <QHash>
#include <QSet>
#include <QSqlQuery>

namespace debrief {
namespace {

// The personal text of one candidate, cleared column by column; each
// statement binds the candidate's id once. This list and docs/PRIVACY.md
// say the same. Each moves the rows' version on (migration 10), so a form
// still open on one of them cannot save the removed text back: its save is
// refused as stale. (The ratings' evidence belongs to the scorecards, whose
// version the scorecards' statement moves.)
const char* const kClearApplications =
    "UPDATE applications SET notes = '', hold_reason = '', talent_pool = ?, "
    "row_version = row_version + 1 WHERE candidate_id = ?";
const char* const kClearInterviews =
    "UPDATE interviews SET location = '', video_link = '', cancellation_reason = '', "
    "row_version = row_version + 1 "
    "WHERE application_id IN (SELECT id FROM applications WHERE candidate_id = ?)";
const char* const kClearScorecards =
    "UPDATE scorecards SET key_takeaways = '', row_version = row_version + 1 "
    "WHERE interview_id IN (SELECT i.id FROM "
    "interviews i JOIN applications a ON a.id = i.application_id WHERE a.candidate_id = ?)";
const char* const kClearRatings =
    "UPDATE ratings SET evidence = '' WHERE scorecard_id IN (SELECT s.id FROM scorecards s "
    "JOIN interviews i ON i.id = s.interview_id JOIN applications a ON a.id = i.application_id "
    "WHERE a.candidate_id = ?)";
const char* const kClearReferees =
    "UPDATE referees SET name = '', relation = '', contact = '', summary = '', "
    "row_version = row_version + 1 "
    "WHERE application_id IN (SELECT id FROM applications WHERE candidate_id = ?)";
const char* const kClearCommunications =
    "UPDATE communications SET summary = '' "
    "WHERE application_id IN (SELECT id FROM applications WHERE candidate_id = ?)";
const char* const kClearDrafts =
    "UPDATE rejection_drafts SET subject = '', body = '', row_version = row_version + 1 "
    "WHERE application_id IN (SELECT id FROM applications WHERE candidate_id = ?)";

/// Audit fields whose values are not personal text, per kind of record:
/// stages, dates, flags, scores, recommendations, statuses. Field names
/// ending in ':' are prefixes ("score:Communication").
const QHash<QString, QSet<QString>>& keptAuditFields() {
    static const QHash<QString, QSet<QString>> kept = {
        {QStringLiteral("application"),
         {QStringLiteral("stage"), QStringLiteral("furthest_stage"),
          QStringLiteral("promised_response_date"), QStringLiteral("talent_pool"),
          QStringLiteral("on_hold")}},
        {QStringLiteral("reference"), {QStringLiteral("contacted_on"), QStringLiteral("concern")}},
        {QStringLiteral("scorecard"), {QStringLiteral("score:"), QStringLiteral("recommendation")}},
        {QStringLiteral("interview"),
         {QStringLiteral("status"), QStringLiteral("round"), QStringLiteral("scheduled_at"),
          QStringLiteral("duration_minutes"), QStringLiteral("panelists")}},
        {QStringLiteral("rejection_draft"),
         {QStringLiteral("created"), QStringLiteral("status"), QStringLiteral("language")}},
        {QStringLiteral("candidate"), {QStringLiteral("anonymised"), QStringLiteral("erased")}},
    };
    return kept;
}

/// The kinds of record audit entries are about and their tables, for
/// finding entries whose record is gone. Table names are constants here,
/// never data.
const QList<std::pair<QString, QString>>& auditedTables() {
    static const QList<std::pair<QString, QString>> tables = {
        {QStringLiteral("application"), QStringLiteral("applications")},
        {QStringLiteral("interview"), QStringLiteral("interviews")},
        {QStringLiteral("scorecard"), QStringLiteral("scorecards")},
        {QStringLiteral("reference"), QStringLiteral("referees")},
        {QStringLiteral("communication"), QStringLiteral("communications")},
        {QStringLiteral("rejection_draft"), QStringLiteral("rejection_drafts")},
    };
    return tables;
}

/// `entry` without the values anonymisation removes; false when nothing changes.
bool redactEntry(AuditEntry& entry) {
    const AuditEntry before = entry;
    if (!Anonymiser::keepsAuditValue(entry.entityType, entry.field)) {
        entry.oldValue.clear();
        entry.newValue.clear();
    }
    entry.reason.clear();
    return !(entry == before);
}

} // namespace

QString Anonymiser::placeholderName(RowId candidateId) {
    return tr("Anonymised candidate #%1").arg(candidateId);
}

bool Anonymiser::keepsAuditValue(const QString& entityType, const QString& field) {
    const auto kept = keptAuditFields().constFind(entityType);
    if (kept == keptAuditFields().constEnd())
        return false;
    if (kept->contains(field))
        return true;
    const qsizetype colon = field.indexOf(u':');
    return colon > 0 && kept->contains(field.left(colon + 1));
}

Result<AnonymisationResult> Anonymiser::anonymise(const QList<RowId>& candidateIds,
                                                  const QString& basis, const QString& actor,
                                                  const QDateTime& now,
                                                  const QDateTime& orphansBefore) {
    return anonymise([candidateIds]() -> Result<QList<RowId>> { return candidateIds; }, basis,
                     actor, now, orphansBefore);
}

Result<AnonymisationResult> Anonymiser::anonymise(const Selection& whom, const QString& basis,
                                                  const QString& actor, const QDateTime& now,
                                                  const QDateTime& orphansBefore) {
    AnonymisationResult result;
    {
        TransactionGuard tx(m_db);
        if (!tx.begun())
            return tx.begun().error();
        auto ids = whom();
        if (!ids)
            return ids.error();
        auto written = write(*ids, basis, actor, now, orphansBefore);
        if (!written)
            return written.error();
        if (Status committed = tx.commit(); !committed)
            return committed.error();
        result = *written;
    }
    if (result.candidates == 0 && result.orphanEntries == 0)
        return result;
    auto scrubbed = FileScrub::run(m_db);
    if (!scrubbed)
        return scrubbed.error();
    result.fileScrubbed = *scrubbed;
    return result;
}

Result<AnonymisationResult> Anonymiser::write(const QList<RowId>& candidateIds,
                                              const QString& basis, const QString& actor,
                                              const QDateTime& now,
                                              const QDateTime& orphansBefore) {
    AnonymisationResult result;
    for (const RowId id : candidateIds) {
        bool done = false;
        if (Status anonymised = anonymiseOne(id, basis, actor, now, done); !anonymised)
            return anonymised.error();
        result.candidates += done ? 1 : 0;
    }
    if (orphansBefore.isValid()) {
        auto cleared = clearOrphanEntries(orphansBefore);
        if (!cleared)
            return cleared.error();
        result.orphanEntries = *cleared;
    }
    return result;
}

Status Anonymiser::anonymiseOne(RowId candidateId, const QString& basis, const QString& actor,
                                const QDateTime& now, bool& done) {
    auto person = PersonRecords::load(m_db, candidateId);
    if (!person)
        return person.error();
    if (person->anonymisedAt.isValid())
        return {};
    const QString placeholder = placeholderName(candidateId);
    // Their name leaves other records first, while it is still known.
    const AuditRepository::RedactionKey key;
    if (Status redacted = NameRedaction::applyToDecisions(m_db, *person, placeholder, key);
        !redacted)
        return redacted;
    auto candidate = m_db.exec(
        QStringLiteral("UPDATE candidates SET full_name = ?, preferred_name = '', email = '', "
                       "phone = '', location = '', source = '', notes = '', anonymised_at = ?, "
                       "search_key = ?, row_version = row_version + 1 WHERE id = ?"),
        {sql::text(placeholder), sql::timestamp(now),
         sql::text(CandidateSearchKey::of(placeholder, {})), sql::rowId(candidateId)});
    if (!candidate)
        return candidate.error();
    const QVariant id = sql::rowId(candidateId);
    if (auto cleared = m_db.exec(QString::fromLatin1(kClearApplications), {sql::flag(false), id});
        !cleared)
        return cleared.error();
    for (const char* statement : {kClearInterviews, kClearScorecards, kClearRatings, kClearReferees,
                                  kClearCommunications, kClearDrafts}) {
        if (auto cleared = m_db.exec(QString::fromLatin1(statement), {id}); !cleared)
            return cleared.error();
    }
    AuditRepository audit(m_db);
    for (const QUuid& uuid : person->recordUuids()) {
        auto entries = audit.about(uuid);
        if (!entries)
            return entries.error();
        for (AuditEntry entry : std::as_const(*entries)) {
            if (!redactEntry(entry))
                continue;
            if (Status redacted = audit.redact(entry, key); !redacted)
                return redacted;
        }
    }
    const QList<AuditEntry> note{
        AuditEntry::change(QStringLiteral("candidate"), QStringLiteral("anonymised"), {}, basis)};
    if (Status audited = audit.insertChanges(note, person->candidateUuid, actor, now); !audited)
        return audited;
    done = true;
    return {};
}

Result<int> Anonymiser::clearOrphanEntries(const QDateTime& before) {
    QList<RowId> ids;
    for (const auto& [entity, table] : auditedTables()) {
        const QString orphans = QStringLiteral("SELECT l.id FROM audit_log l WHERE l.entity_type "
                                               "= ? AND l.occurred_at < ? AND NOT EXISTS (SELECT "
                                               "1 FROM %1 x WHERE x.uuid = l.entity_uuid)")
                                    .arg(table);
        auto query = m_db.exec(orphans, {sql::text(entity), sql::timestamp(before)});
        if (!query)
            return query.error();
        while (query->next())
            ids.append(query->value(0).toLongLong());
    }
    AuditRepository audit(m_db);
    const AuditRepository::RedactionKey key;
    int cleared = 0;
    for (const RowId id : std::as_const(ids)) {
        auto entry = audit.get(id);
        if (!entry)
            return entry.error();
        if (!redactEntry(*entry))
            continue;
        if (Status redacted = audit.redact(*entry, key); !redacted)
            return redacted.error();
        ++cleared;
    }
    return cleared;
}

} // namespace debrief
