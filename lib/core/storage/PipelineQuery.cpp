#include "PipelineQuery.h"

#include "OpeningRepository.h"
#include "RecordTable.h"

#include <QHash>

namespace debrief {
namespace {

struct OpeningCounts {
    int candidates = 0;
    int overdue = 0;
    int finalists = 0;
};

QVariantList stageKeys(std::initializer_list<PipelineStage> stages) {
    QVariantList keys;
    for (PipelineStage stage : stages)
        keys.append(toKey(stage));
    return keys;
}

/// Counts per opening id, computed by the database.
Result<QHash<RowId, OpeningCounts>> countApplications(Database& db, const QDate& today) {
    const QString sql = QStringLiteral(
        "SELECT opening_id, COUNT(*) AS candidates, "
        "SUM(CASE WHEN promised_response_date < ? AND stage NOT IN (?, ?, ?) THEN 1 ELSE 0 END) "
        "AS overdue, "
        "SUM(CASE WHEN stage IN (?, ?, ?) THEN 1 ELSE 0 END) AS finalists "
        "FROM applications GROUP BY opening_id");
    const QVariantList values =
        QVariantList{sql::date(today)} +
        stageKeys({PipelineStage::Hired, PipelineStage::Rejected, PipelineStage::Withdrawn}) +
        stageKeys({PipelineStage::Final, PipelineStage::Offer, PipelineStage::Hired});
    auto rows = sql::readRows<std::pair<RowId, OpeningCounts>>(
        db, sql, values, QStringLiteral("applications"), {QStringLiteral("opening_id")},
        [](sql::SqlRow& row) {
            return row.finish(
                std::pair(row.rowId("opening_id"),
                          OpeningCounts{row.integer("candidates"), row.integer("overdue"),
                                        row.integer("finalists")}));
        });
    if (!rows)
        return rows.error();
    QHash<RowId, OpeningCounts> counts;
    for (const auto& [openingId, count] : *rows)
        counts.insert(openingId, count);
    return counts;
}

Result<PipelineRow> readRow(sql::SqlRow& row) {
    PipelineRow r;
    r.applicationId = row.rowId("id");
    r.candidateId = row.rowId("candidate_id");
    r.candidateName = row.text("full_name");
    r.email = row.text("email");
    r.stage = row.key<PipelineStage>("stage");
    r.appliedOn = row.date("applied_on");
    r.promisedResponseDate = row.date("promised_response_date");
    r.talentPool = row.flag("talent_pool");
    r.interviewCount = row.integer("interview_count");
    r.submittedScorecardCount = row.integer("submitted_count");
    return row.finish(std::move(r));
}

} // namespace

Result<QList<OpeningOverview>> PipelineQuery::openings(const QDate& today) {
    auto openings = OpeningRepository(m_db).list();
    if (!openings)
        return openings.error();
    auto counts = countApplications(m_db, today);
    if (!counts)
        return counts.error();
    QList<OpeningOverview> overviews;
    for (Opening& opening : *openings) {
        const OpeningCounts count = counts->value(opening.id);
        overviews.append({std::move(opening), count.candidates, count.overdue, count.finalists});
    }
    return overviews;
}

Result<QList<PipelineRow>> PipelineQuery::rowsForOpening(RowId openingId) {
    const QString sql = QStringLiteral(
        "SELECT a.id, a.candidate_id, c.full_name, c.email, a.stage, a.applied_on, "
        "a.promised_response_date, a.talent_pool, "
        "(SELECT COUNT(*) FROM interviews i WHERE i.application_id = a.id) AS interview_count, "
        "(SELECT COUNT(*) FROM scorecards s JOIN interviews i ON i.id = s.interview_id "
        "WHERE i.application_id = a.id AND s.status = ?) AS submitted_count "
        "FROM applications a JOIN candidates c ON c.id = a.candidate_id "
        "WHERE a.opening_id = ? ORDER BY LOWER(c.full_name), a.id");
    return sql::readRows<PipelineRow>(m_db, sql, {toKey(ScorecardStatus::Submitted), openingId},
                                      QStringLiteral("applications"), {QStringLiteral("id")},
                                      readRow);
}

} // namespace debrief
