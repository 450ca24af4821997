#include "PipelineQuery.h"

#include "CandidateSearchIndex.h"
#include "CandidateSearchKey.h"
#include "OpeningRepository.h"
#include "RecordTable.h"

#include <QHash>

#include <algorithm>

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
const QString kSubmittedCount = QStringLiteral(
    "(SELECT COUNT(*) FROM scorecard_seats s JOIN interviews i ON i.id = s.interview_id "
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

/// The WHERE clause for the opening and `filter`'s stage, appending its
/// bound values to `values`. A search is not SQL's business: it runs over
/// a CandidateSearchIndex.
QString whereClause(RowId openingId, const PipelineFilter& filter, QVariantList& values) {
    QString where = QStringLiteral("WHERE a.opening_id = ?");
    values.append(openingId);
    if (filter.stage) {
        where += QStringLiteral(" AND a.stage = ?");
        values.append(toKey(*filter.stage));
    }
    return where;
}

bool hasSearch(const PipelineFilter& filter) {
    return !CandidateSearchKey::needle(filter.search).isEmpty();
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

/// Fills `index` with the opening's list in the order `source` names: one
/// statement, the same order the pages without a search have.
Status readSearchIndex(Database& db, CandidateSearchIndex& index,
                       const CandidateSearchIndex::Source& source) {
    PipelineFilter order;
    order.sortKey = source.sortKey;
    order.descending = source.descending;
    // One clause after the other: both append the values they bind.
    QVariantList values;
    QString sql = QStringLiteral("SELECT a.id, a.stage, c.search_key FROM applications a JOIN "
                                 "candidates c ON c.id = a.candidate_id ");
    sql += whereClause(source.openingId, order, values) + QLatin1Char(' ');
    sql += orderClause(order, values);
    const qsizetype expected = index.size();
    index.reset(source);
    index.reserve(expected);
    auto query = db.exec(sql, values);
    if (!query) {
        index.clear();
        return query.error();
    }
    // One reader for every row: it reads whichever row the statement is on.
    sql::SqlRow row(*query, db.location(), QStringLiteral("applications"), {QStringLiteral("id")});
    while (query->next()) {
        const RowId id = row.rowId("id");
        const PipelineStage stage = row.key<PipelineStage>("stage");
        const QString key = row.text("search_key");
        if (auto read = row.finish(true); !read) {
            index.clear();
            return read.error();
        }
        index.append(id, stage, key);
    }
    return {};
}

/// Whether `index` holds the opening's list in `filter`'s order as the data
/// stands now, after reading it again when it did not and `readWhenStale`.
Result<bool> bringUpToDate(Database& db, CandidateSearchIndex& index, RowId openingId,
                           const PipelineFilter& filter, bool readWhenStale) {
    // The stamp before the read: a write in between makes the next call
    // read again rather than keep a list that misses it.
    auto stamp = db.changeStamp();
    if (!stamp)
        return stamp.error();
    const CandidateSearchIndex::Source source{openingId, filter.sortKey, filter.descending, *stamp};
    if (index.holds(source))
        return true;
    if (!readWhenStale)
        return false;
    if (Status read = readSearchIndex(db, index, source); !read)
        return read.error();
    return true;
}

/// `filter`'s matches from a search index: the caller's (`kept`, read again
/// when out of date) or, for a search without one, one read for this call.
/// std::nullopt for a list without a search and no index up to date: SQL
/// reads that for less than reading the index costs.
Result<std::optional<CandidateSearchIndex::Matches>>
indexedMatches(Database& db, CandidateSearchIndex* kept, RowId openingId,
               const PipelineFilter& filter, int offset, int limit) {
    using Found = std::optional<CandidateSearchIndex::Matches>;
    const bool searching = hasSearch(filter);
    if (!kept && !searching)
        return Found();
    CandidateSearchIndex once;
    CandidateSearchIndex& index = kept ? *kept : once;
    auto current = bringUpToDate(db, index, openingId, filter, searching);
    if (!current)
        return current.error();
    if (!*current)
        return Found();
    return Found(index.find(filter, offset, limit));
}

/// The lines of these applications, in this order; any that no longer
/// exists is left out.
Result<QList<PipelineRow>> lines(Database& db, const QList<RowId>& applicationIds) {
    // A fixed number of ids per statement, so that it is compiled once; the
    // places left over hold kNoRow, which no application has.
    constexpr qsizetype kIdsPerRead = 100;
    static const QString sql = [] {
        QVariantList unused;
        QString ids = QStringLiteral("?");
        for (qsizetype i = 1; i < kIdsPerRead; ++i)
            ids += QStringLiteral(", ?");
        return rowsWithCounts(QStringLiteral("WHERE a.id IN (") + ids + QLatin1Char(')'), unused);
    }();
    QHash<RowId, qsizetype> place;
    place.reserve(applicationIds.size());
    for (qsizetype i = 0; i < applicationIds.size(); ++i)
        place.insert(applicationIds.at(i), i);
    QList<std::optional<PipelineRow>> placed(applicationIds.size());
    for (qsizetype start = 0; start < applicationIds.size(); start += kIdsPerRead) {
        QVariantList values{toKey(ScorecardStatus::Submitted)};
        for (qsizetype i = start; i < start + kIdsPerRead; ++i)
            values.append(i < applicationIds.size() ? applicationIds.at(i) : kNoRow);
        auto rows = sql::readRows<PipelineRow>(db, sql, values, QStringLiteral("applications"),
                                               {QStringLiteral("id")}, readRow);
        if (!rows)
            return rows.error();
        for (PipelineRow& row : *rows)
            placed[place.value(row.applicationId)] = std::move(row);
    }
    QList<PipelineRow> ordered;
    ordered.reserve(placed.size());
    for (std::optional<PipelineRow>& row : placed) {
        if (row)
            ordered.append(std::move(*row));
    }
    return ordered;
}

} // namespace

Result<QList<PipelineRow>> PipelineQuery::page(RowId openingId, const PipelineFilter& filter,
                                               int offset, int limit) {
    auto matches = indexedMatches(m_db, m_searchIndex, openingId, filter, offset, limit);
    if (!matches)
        return matches.error();
    if (*matches)
        return lines(m_db, (*matches)->page);
    // The page's ids first, chosen from the opening's index and the
    // candidates' names alone; the lines and their counts for those only.
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
    auto matches = indexedMatches(m_db, m_searchIndex, openingId, filter, 0, 0);
    if (!matches)
        return matches.error();
    if (*matches)
        return (*matches)->total;
    // Without a search the opening's index alone has the answer.
    QVariantList values;
    const QString sql = QStringLiteral("SELECT COUNT(*) FROM applications a ") +
                        whereClause(openingId, filter, values);
    auto query = m_db.exec(sql, values);
    if (!query)
        return query.error();
    if (!query->next())
        return Error{tr("Could not count the candidates of opening %1.").arg(openingId)};
    return query->value(0).toInt();
}

Result<PipelinePage> PipelineQuery::firstPage(RowId openingId, const PipelineFilter& filter,
                                              int limit) {
    auto matches = indexedMatches(m_db, m_searchIndex, openingId, filter, 0, limit);
    if (!matches)
        return matches.error();
    if (*matches) {
        auto rows = lines(m_db, (*matches)->page);
        if (!rows)
            return rows.error();
        // A line gone since the index was read is gone from the count too.
        const auto gone = static_cast<int>((*matches)->page.size() - rows->size());
        return PipelinePage{std::move(rows).value(), (*matches)->total - gone};
    }
    auto rows = page(openingId, filter, 0, limit);
    if (!rows)
        return rows.error();
    const auto shown = static_cast<int>(rows->size());
    // A short first page is everything there is; only a full one needs
    // counting.
    if (shown < limit)
        return PipelinePage{std::move(rows).value(), shown};
    auto counted = count(openingId, filter);
    if (!counted)
        return counted.error();
    // Rows may have come or gone between reading and counting.
    return PipelinePage{std::move(rows).value(), std::max(*counted, shown)};
}

Status PipelineQuery::prepareSearch(RowId openingId, const PipelineFilter& filter) {
    if (!m_searchIndex)
        return {};
    auto current = bringUpToDate(m_db, *m_searchIndex, openingId, filter, true);
    if (!current)
        return current.error();
    return {};
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
