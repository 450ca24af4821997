#include "RetentionPolicy.h"

#include "storage/Database.h"
#include "storage/SqlValues.h"

#include <QHash>
#include <QSqlQuery>

#include <algorithm>

namespace debrief {
namespace {

/// Candidates not yet anonymised with how many applications they have and
/// how many of those are closed; the two closed stages are bound.
const char* const kClosedCandidates =
    "SELECT c.id, c.uuid, c.full_name, COUNT(*), "
    "SUM(CASE WHEN a.stage IN (?, ?) AND NOT a.on_hold THEN 1 ELSE 0 END), "
    "SUM(CASE WHEN a.talent_pool THEN 1 ELSE 0 END), MAX(a.updated_at) "
    "FROM candidates c JOIN applications a ON a.candidate_id = c.id "
    "WHERE c.anonymised_at IS NULL GROUP BY c.id, c.uuid, c.full_name";

/// The latest activity per candidate in the records that hang off their
/// applications: (candidate id, latest timestamp) rows.
const char* const kLatestActivity[] = {
    "SELECT a.candidate_id, MAX(l.occurred_at) FROM audit_log l "
    "JOIN applications a ON a.uuid = l.entity_uuid GROUP BY a.candidate_id",
    "SELECT a.candidate_id, MAX(m.occurred_at) FROM communications m "
    "JOIN applications a ON a.id = m.application_id GROUP BY a.candidate_id",
    "SELECT a.candidate_id, MAX(d.updated_at) FROM rejection_drafts d "
    "JOIN applications a ON a.id = d.application_id GROUP BY a.candidate_id",
    "SELECT a.candidate_id, MAX(d.sent_at) FROM rejection_drafts d "
    "JOIN applications a ON a.id = d.application_id GROUP BY a.candidate_id",
    "SELECT a.candidate_id, MAX(s.updated_at) FROM scorecard_seats s "
    "JOIN interviews i ON i.id = s.interview_id JOIN applications a ON a.id = i.application_id "
    "GROUP BY a.candidate_id",
};

struct Closed {
    RetentionCase item;
    QDateTime latest;
};

void takeLater(QDateTime& latest, const QDateTime& candidate) {
    if (candidate.isValid() && (!latest.isValid() || candidate > latest))
        latest = candidate;
}

} // namespace

bool RetentionPolicy::isClosed(PipelineStage stage) {
    return stage == PipelineStage::Rejected || stage == PipelineStage::Withdrawn;
}

Result<QList<RetentionCase>> RetentionPolicy::due(Database& db, const RetentionPeriod& period,
                                                  const QDate& today) {
    if (const QString problem = period.problem(); !problem.isEmpty())
        return Error{problem};
    auto query = db.exec(QString::fromLatin1(kClosedCandidates),
                         {toKey(PipelineStage::Rejected), toKey(PipelineStage::Withdrawn)});
    if (!query)
        return query.error();
    QHash<RowId, Closed> closed;
    while (query->next()) {
        const int applications = query->value(3).toInt();
        if (query->value(4).toInt() != applications)
            continue; // something is still open, on hold or ended in a hire
        Closed entry;
        entry.item.candidateId = query->value(0).toLongLong();
        entry.item.candidateUuid = sql::parseUuid(query->value(1).toString());
        entry.item.fullName = query->value(2).toString();
        entry.item.applications = applications;
        entry.item.talentPool = query->value(5).toInt() > 0;
        entry.latest = sql::parseTimestamp(query->value(6).toString());
        closed.insert(entry.item.candidateId, entry);
    }
    for (const char* sql : kLatestActivity) {
        auto latest = db.exec(QString::fromLatin1(sql));
        if (!latest)
            return latest.error();
        while (latest->next()) {
            const auto found = closed.find(latest->value(0).toLongLong());
            if (found != closed.end())
                takeLater(found->latest, sql::parseTimestamp(latest->value(1).toString()));
        }
    }
    const QDate cutoff = period.cutoff(today);
    QList<RetentionCase> due;
    for (const Closed& entry : std::as_const(closed)) {
        const QDate last = entry.latest.toLocalTime().date();
        if (!last.isValid() || last >= cutoff)
            continue;
        RetentionCase item = entry.item;
        item.lastActivity = last;
        due.append(item);
    }
    std::sort(due.begin(), due.end(), [](const RetentionCase& a, const RetentionCase& b) {
        if (a.lastActivity != b.lastActivity)
            return a.lastActivity < b.lastActivity;
        return a.candidateId < b.candidateId;
    });
    return due;
}

Result<RetentionRun> RetentionPolicy::apply(Database& db, const RetentionPeriod& period,
                                            const QDate& today, const QString& actor,
                                            const QDateTime& now) {
    RetentionRun run;
    // Who is due is read inside the writing transaction.
    const auto whom = [&]() -> Result<QList<RowId>> {
        auto due = RetentionPolicy::due(db, period, today);
        if (!due)
            return due.error();
        run.anonymised = *due;
        QList<RowId> ids;
        for (const RetentionCase& item : std::as_const(*due))
            ids.append(item.candidateId);
        return ids;
    };
    // Audit entries whose record is gone count from the start of the cutoff day.
    auto anonymised =
        Anonymiser(db).anonymise(whom, QStringLiteral("retention_period=") + period.toText(), actor,
                                 now, period.cutoff(today).startOfDay());
    if (!anonymised)
        return anonymised.error();
    run.result = *anonymised;
    return run;
}

Result<int> RetentionPolicy::anonymisedCount(Database& db) {
    auto query =
        db.exec(QStringLiteral("SELECT COUNT(*) FROM candidates WHERE anonymised_at IS NOT NULL"));
    if (!query)
        return query.error();
    return query->next() ? query->value(0).toInt() : 0;
}

} // namespace debrief
