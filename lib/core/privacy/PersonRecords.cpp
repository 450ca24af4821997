#include "PersonRecords.h"

#include "storage/AuditRepository.h"
#include "storage/Database.h"
#include "storage/SqlValues.h"

#include <QSqlQuery>

namespace debrief {
namespace {

// Each statement takes the candidate's id once; the joins walk from the
// candidate down to the record kind it lists.
const char* const kApplications = "SELECT id, uuid FROM applications WHERE candidate_id = ? "
                                  "ORDER BY id";
const char* const kInterviews =
    "SELECT i.id, i.uuid FROM interviews i JOIN applications a ON a.id = i.application_id "
    "WHERE a.candidate_id = ? ORDER BY i.id";
const char* const kScorecards =
    "SELECT s.id, s.uuid FROM scorecards s JOIN interviews i ON i.id = s.interview_id "
    "JOIN applications a ON a.id = i.application_id WHERE a.candidate_id = ? ORDER BY s.id";
const char* const kReferences =
    "SELECT r.id, r.uuid FROM referees r JOIN applications a ON a.id = r.application_id "
    "WHERE a.candidate_id = ? ORDER BY r.id";
const char* const kCommunications =
    "SELECT m.id, m.uuid FROM communications m JOIN applications a ON a.id = m.application_id "
    "WHERE a.candidate_id = ? ORDER BY m.id";
const char* const kDrafts =
    "SELECT d.id, d.uuid FROM rejection_drafts d JOIN applications a ON a.id = d.application_id "
    "WHERE a.candidate_id = ? ORDER BY d.id";

Status readUuids(Database& db, const char* sql, RowId candidateId, QList<QUuid>& uuids,
                 QList<RowId>* ids = nullptr) {
    auto query = db.exec(QString::fromLatin1(sql), {sql::rowId(candidateId)});
    if (!query)
        return query.error();
    while (query->next()) {
        if (ids)
            ids->append(query->value(0).toLongLong());
        uuids.append(sql::parseUuid(query->value(1).toString()));
    }
    return {};
}

} // namespace

QString PersonRecordCounts::toDisplayText() const {
    QStringList parts;
    const auto add = [&parts](int count, const QString& text) {
        if (count > 0)
            parts.append(text);
    };
    add(applications, tr("%n application(s)", "", applications));
    add(interviews, tr("%n interview(s)", "", interviews));
    add(scorecards, tr("%n scorecard(s)", "", scorecards));
    add(references, tr("%n reference(s)", "", references));
    add(messages, tr("%n logged message(s) or call(s)", "", messages));
    add(drafts, tr("%n rejection draft(s)", "", drafts));
    add(auditEntries, tr("%n audit log record(s)", "", auditEntries));
    if (parts.isEmpty())
        return tr("no records besides the candidate");
    if (parts.size() == 1)
        return parts.constFirst();
    const QString last = parts.takeLast();
    return tr("%1 and %2").arg(parts.join(QStringLiteral(", ")), last);
}

QString PersonRecordCounts::toRecordText() const {
    return QStringLiteral("applications=%1 interviews=%2 scorecards=%3 references=%4 "
                          "messages=%5 drafts=%6 audit_entries=%7")
        .arg(applications)
        .arg(interviews)
        .arg(scorecards)
        .arg(references)
        .arg(messages)
        .arg(drafts)
        .arg(auditEntries);
}

Result<PersonRecords> PersonRecords::load(Database& db, RowId candidateId) {
    auto candidate = db.exec(QStringLiteral("SELECT uuid, full_name, preferred_name, "
                                            "anonymised_at FROM candidates WHERE id = ?"),
                             {sql::rowId(candidateId)});
    if (!candidate)
        return candidate.error();
    if (!candidate->next())
        return Error{
            tr("There is no candidate with id %1 in %2.").arg(candidateId).arg(db.location())};
    PersonRecords records;
    records.candidateId = candidateId;
    records.candidateUuid = sql::parseUuid(candidate->value(0).toString());
    records.fullName = candidate->value(1).toString();
    records.preferredName = candidate->value(2).toString();
    records.anonymisedAt = sql::parseTimestamp(candidate->value(3).toString());
    const struct {
        const char* sql;
        QList<QUuid>& uuids;
        QList<RowId>* ids;
    } kinds[] = {
        {kApplications, records.applications, &records.applicationIds},
        {kInterviews, records.interviews, nullptr},
        {kScorecards, records.scorecards, nullptr},
        {kReferences, records.references, nullptr},
        {kCommunications, records.communications, nullptr},
        {kDrafts, records.drafts, nullptr},
    };
    for (const auto& kind : kinds) {
        if (Status read = readUuids(db, kind.sql, candidateId, kind.uuids, kind.ids); !read)
            return read.error();
    }
    AuditRepository audit(db);
    for (const QUuid& uuid : records.recordUuids()) {
        auto entries = audit.about(uuid);
        if (!entries)
            return entries.error();
        records.auditEntries += int(entries->size());
    }
    return records;
}

QList<QUuid> PersonRecords::recordUuids() const {
    QList<QUuid> all{candidateUuid};
    for (const QList<QUuid>* kind :
         {&applications, &interviews, &scorecards, &references, &communications, &drafts})
        all.append(*kind);
    return all;
}

PersonRecordCounts PersonRecords::counts() const {
    return {int(applications.size()),
            int(interviews.size()),
            int(scorecards.size()),
            int(references.size()),
            int(communications.size()),
            int(drafts.size()),
            auditEntries};
}

} // namespace debrief
