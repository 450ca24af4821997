#include "PipelineQuery.h"

#include "CandidateSearchKey.h"
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
    r.onHold = row.flag("on_hold");
    r.interviewCount = row.integer("interview_count");
    r.submittedScorecardCount = row.integer("submitted_count");
    return row.finish(std::move(r));
}

/// The submitted scorecards of the application `a`, with one `?` for the
/// status.
const QString kSubmittedCount =
    QStringLiteral("(SELECT COUNT(*) FROM scorecards s JOIN interviews i ON i.id = s.interview_id "
                   "WHERE i.application_id = a.id AND s.status = ?)");

/// The list's lines, each with its interviews and submitted scorecards
/// counted, for the applications `tail` chooses ("WHERE … ORDER BY …", over
/// `a` joined with the candidate `c`). Binds the scorecard status first,
/// then what `tail` binds.
QString rowsWithCounts(const QString& tail, QVariantList& values) {
    values.append(toKey(ScorecardStatus::Submitted));
    return QStringLiteral("SELECT a.id, a.candidate_id, c.full_name, c.email, a.stage, "
                          "a.applied_on, a.promised_response_date, a.talent_pool, a.on_hold, "
                          "(SELECT COUNT(*) FROM interviews i WHERE i.application_id = a.id) "
                          "AS interview_count, ") +
           kSubmittedCount +
           QStringLiteral(" AS submitted_count FROM applications a JOIN candidates c ON c.id = "
                          "a.candidate_id ") +
           tail;
}

/// The WHERE clause for `filter`, appending its bound values to `values`.
/// The search is one LIKE over the stored, case-folded key of name and
/// e-mail (CandidateSearchKey), matched by the search folded the same way.
QString whereClause(RowId openingId, const PipelineFilter& filter, QVariantList& values) {
    QString where = QStringLiteral("WHERE a.opening_id = ?");
    values.append(openingId);
    if (const QString text = filter.search.trimmed(); !text.isEmpty()) {
        where += QStringLiteral(" AND c.search_key LIKE ? ESCAPE '\\'");
        values.append(PipelineQuery::containsPattern(CandidateSearchKey::fold(text)));
    }
    if (filter.stage) {
        where += QStringLiteral(" AND a.stage = ?");
        values.append(toKey(*filter.stage));
    }
    return where;
}

/// Stage by progress (hired highest), the closed-out stages lowest.
QString stageRankSql(QVariantList& values) {
    const PipelineStage order[] = {PipelineStage::Withdrawn, PipelineStage::Rejected,
                                   PipelineStage::Applied,   PipelineStage::Screen,
                                   PipelineStage::Interview, PipelineStage::Final,
                                   PipelineStage::Offer,     PipelineStage::Hired};
    QString sql = QStringLiteral("CASE a.stage");
    int rank = 0;
    for (PipelineStage stage : order) {
        sql += QStringLiteral(" WHEN ? THEN %1").arg(rank++);
        values.append(toKey(stage));
    }
    return sql + QStringLiteral(" ELSE 0 END");
}

/// ORDER BY for `filter`; ties are broken by name and id so pages never
/// overlap or skip a row.
QString orderClause(const PipelineFilter& filter, QVariantList& values) {
    const QString dir = filter.descending ? QStringLiteral("DESC") : QStringLiteral("ASC");
    QString key;
    switch (filter.sortKey) {
    case PipelineSortKey::Name:
        return QStringLiteral("ORDER BY LOWER(c.full_name) %1, a.id %1").arg(dir);
    case PipelineSortKey::Stage:
        key = stageRankSql(values) + QLatin1Char(' ') + dir;
        break;
    case PipelineSortKey::AppliedOn:
        key = QStringLiteral("a.applied_on ") + dir;
        break;
    case PipelineSortKey::PromisedDate:
        key = QStringLiteral("a.promised_response_date IS NULL, a.promised_response_date ") + dir;
        break;
    case PipelineSortKey::AnswerDue: {
        // Most overdue (earliest promise) first when descending; nobody
        // waiting (no date, or closed out) last either way.
        key = QStringLiteral("CASE WHEN a.promised_response_date IS NULL OR a.stage IN (?, ?, ?) "
                             "THEN 1 ELSE 0 END, a.promised_response_date ") +
              (filter.descending ? QStringLiteral("ASC") : QStringLiteral("DESC"));
        values +=
            stageKeys({PipelineStage::Hired, PipelineStage::Rejected, PipelineStage::Withdrawn});
        break;
    }
    case PipelineSortKey::TalentPool:
        key = QStringLiteral("a.talent_pool ") + dir;
        break;
    case PipelineSortKey::Scorecards:
        // The one order that needs a count before the page is known.
        key = kSubmittedCount + QLatin1Char(' ') + dir;
        values.append(toKey(ScorecardStatus::Submitted));
        break;
    }
    return QStringLiteral("ORDER BY ") + key + QStringLiteral(", LOWER(c.full_name), a.id");
}

} // namespace

QString PipelineQuery::containsPattern(const QString& text) {
    QString escaped;
    escaped.reserve(text.size() + 2);
    for (QChar ch : text) {
        if (ch == QLatin1Char('\\') || ch == QLatin1Char('%') || ch == QLatin1Char('_'))
            escaped += QLatin1Char('\\');
        escaped += ch;
    }
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

Result<QList<PipelineRow>> PipelineQuery::page(RowId openingId, const PipelineFilter& filter,
                                               int offset, int limit) {
    // The page's ids first, chosen from the opening's applications and the
    // candidates' keys alone; the lines and their counts for those only.
    QVariantList values;
    QString chosen = QStringLiteral("WHERE a.id IN (SELECT a.id FROM applications a JOIN "
                                    "candidates c ON c.id = a.candidate_id ");
    chosen += whereClause(openingId, filter, values) + QLatin1Char(' ');
    chosen += orderClause(filter, values) + QStringLiteral(" LIMIT ? OFFSET ?) ");
    values.append(limit);
    values.append(offset);
    chosen += orderClause(filter, values);
    QVariantList bound;
    const QString sql = rowsWithCounts(chosen, bound);
    return sql::readRows<PipelineRow>(m_db, sql, bound + values, QStringLiteral("applications"),
                                      {QStringLiteral("id")}, readRow);
}

Result<int> PipelineQuery::count(RowId openingId, const PipelineFilter& filter) {
    QVariantList values;
    // Without a search the opening's index alone has the answer.
    const QString sql = (filter.search.trimmed().isEmpty()
                             ? QStringLiteral("SELECT COUNT(*) FROM applications a ")
                             : QStringLiteral("SELECT COUNT(*) FROM applications a JOIN "
                                              "candidates c ON c.id = a.candidate_id ")) +
                        whereClause(openingId, filter, values);
    auto query = m_db.exec(sql, values);
    if (!query)
        return query.error();
    if (!query->next())
        return Error{tr("Could not count the candidates of opening %1.").arg(openingId)};
    return query->value(0).toInt();
}

Result<std::optional<PipelineRow>> PipelineQuery::row(RowId applicationId) {
    QVariantList values;
    const QString sql = rowsWithCounts(QStringLiteral("WHERE a.id = ?"), values);
    values.append(applicationId);
    auto rows = sql::readRows<PipelineRow>(m_db, sql, values, QStringLiteral("applications"),
                                           {QStringLiteral("id")}, readRow);
    if (!rows)
        return rows.error();
    return rows->isEmpty() ? std::optional<PipelineRow>() : std::optional(rows->constFirst());
}

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
    QVariantList values;
    const QString sql = rowsWithCounts(
        QStringLiteral("WHERE a.opening_id = ? ORDER BY LOWER(c.full_name), a.id"), values);
    values.append(openingId);
    return sql::readRows<PipelineRow>(m_db, sql, values, QStringLiteral("applications"),
                                      {QStringLiteral("id")}, readRow);
}

} // namespace debrief
