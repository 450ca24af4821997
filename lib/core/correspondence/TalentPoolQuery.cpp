#include "TalentPoolQuery.h"

#include "scoring/ApplicationScorecards.h"
#include "storage/RecordTable.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace debrief {
namespace {

/// One submitted rating of a talent-pool application.
struct PoolRating {
    RowId applicationId = kNoRow;
    RowId scorecardId = kNoRow;
    QString criterionName;
    int scaleSize = 0;
    int score = 0;
    QString evidence;
};

double normalised(double score, int scaleSize) {
    return scaleSize > 1 ? (score - 1.0) / double(scaleSize - 1) : 0.0;
}

/// The middle of every scale; a strength lies above it.
constexpr double kMiddle = 0.5;

Result<TalentPoolEntry> readEntry(sql::SqlRow& row) {
    TalentPoolEntry e;
    e.applicationId = row.rowId("id");
    e.applicationUuid = row.uuid("uuid");
    e.candidateId = row.rowId("candidate_id");
    e.candidateName = row.text("full_name");
    e.email = row.text("email");
    e.openingId = row.rowId("opening_id");
    e.openingTitle = row.text("title");
    e.openingTeam = row.text("team");
    e.stage = row.key<PipelineStage>("stage");
    e.furthestStage = row.key<PipelineStage>("furthest_stage");
    e.lastContacted = row.timestamp("last_contacted");
    return row.finish(std::move(e));
}

/// The ids of the submitted cards `viewer` may see of one application.
Result<QSet<RowId>> visibleCards(Database& db, const TalentPoolEntry& entry, bool revealed,
                                 const ScoreViewer& viewer, WithheldScorecards& withheld) {
    auto cards = ApplicationScorecards::load(db, entry.applicationId, viewer, revealed);
    if (!cards)
        return cards.error();
    withheld = cards->withheld;
    QSet<RowId> ids;
    for (const Scorecard& card : std::as_const(cards->submitted))
        ids.insert(card.id);
    return ids;
}

Result<PoolRating> readRating(sql::SqlRow& row) {
    PoolRating r;
    r.applicationId = row.rowId("application_id");
    r.scorecardId = row.rowId("scorecard_id");
    r.criterionName = row.text("name");
    r.scaleSize = row.integer("scale_size");
    r.score = row.integer("score");
    r.evidence = row.text("evidence").trimmed();
    return row.finish(std::move(r));
}

/// Strengths from one application's ratings, which arrive highest score
/// first. Criteria are matched by name, so a criterion carried into a new
/// rubric version counts as one.
QList<TalentStrength> strengthsOf(const QList<PoolRating>& ratings) {
    QList<TalentStrength> all;
    QHash<QString, qsizetype> index;
    QList<double> normalisedSums;
    for (const PoolRating& r : ratings) {
        const QString key = r.criterionName.toCaseFolded();
        if (!index.contains(key)) {
            index.insert(key, all.size());
            all.append(TalentStrength{r.criterionName, 0.0, r.scaleSize, 0.0, 0, {}});
            normalisedSums.append(0.0);
        }
        const qsizetype i = index.value(key);
        TalentStrength& s = all[i];
        s.meanScore += r.score;
        normalisedSums[i] += normalised(r.score, r.scaleSize);
        ++s.ratingCount;
        if (normalised(r.score, r.scaleSize) > kMiddle && !r.evidence.isEmpty() &&
            !s.evidence.contains(r.evidence))
            s.evidence.append(r.evidence);
    }
    QList<TalentStrength> strengths;
    for (qsizetype i = 0; i < all.size(); ++i) {
        TalentStrength s = all.at(i);
        s.meanScore /= s.ratingCount;
        s.normalisedMean = normalisedSums.at(i) / s.ratingCount;
        if (s.normalisedMean > kMiddle)
            strengths.append(std::move(s));
    }
    std::stable_sort(strengths.begin(), strengths.end(),
                     [](const TalentStrength& a, const TalentStrength& b) {
                         if (a.normalisedMean != b.normalisedMean)
                             return a.normalisedMean > b.normalisedMean;
                         if (a.ratingCount != b.ratingCount)
                             return a.ratingCount > b.ratingCount;
                         return a.criterionName.compare(b.criterionName, Qt::CaseInsensitive) < 0;
                     });
    return strengths;
}

} // namespace

Result<QList<TalentPoolEntry>> TalentPoolQuery::list() {
    // Last contact per candidate (any of their applications) from one
    // grouped subquery, not a query per row.
    const QString entriesSql = QStringLiteral(
        "SELECT a.id, a.uuid, a.candidate_id, c.full_name, c.email, a.opening_id, o.title, "
        "o.team, o.scores_revealed, a.stage, a.furthest_stage, lc.last_contacted "
        "FROM applications a JOIN candidates c ON c.id = a.candidate_id "
        "JOIN openings o ON o.id = a.opening_id "
        "LEFT JOIN (SELECT a2.candidate_id, MAX(m.occurred_at) AS last_contacted "
        "FROM communications m JOIN applications a2 ON a2.id = m.application_id "
        "WHERE m.direction = ? GROUP BY a2.candidate_id) lc ON lc.candidate_id = a.candidate_id "
        "WHERE a.talent_pool = ? ORDER BY LOWER(c.full_name), LOWER(o.title), a.id");
    // Whether each entry's opening has revealed its scores, in entry order.
    QList<bool> revealed;
    auto entries = sql::readRows<TalentPoolEntry>(
        m_db, entriesSql, {toKey(CommunicationDirection::Outbound), sql::flag(true)},
        QStringLiteral("applications"), {QStringLiteral("id")}, [&revealed](sql::SqlRow& row) {
            revealed.append(row.flag("scores_revealed"));
            return readEntry(row);
        });
    if (!entries)
        return entries.error();

    const QString ratingsSql =
        QStringLiteral("SELECT i.application_id, r.scorecard_id, cr.name, cr.scale_size, r.score, "
                       "r.evidence "
                       "FROM ratings r JOIN scorecards s ON s.id = r.scorecard_id "
                       "JOIN interviews i ON i.id = s.interview_id "
                       "JOIN applications a ON a.id = i.application_id "
                       "JOIN criteria cr ON cr.id = r.criterion_id "
                       "WHERE a.talent_pool = ? AND s.status = ? AND r.score IS NOT NULL "
                       "ORDER BY i.application_id, r.score DESC, s.submitted_at, s.id");
    auto ratings = sql::readRows<PoolRating>(
        m_db, ratingsSql, {sql::flag(true), toKey(ScorecardStatus::Submitted)},
        QStringLiteral("ratings"), {QStringLiteral("application_id")}, readRating);
    if (!ratings)
        return ratings.error();

    QHash<RowId, QList<PoolRating>> byApplication;
    for (const PoolRating& r : *ratings)
        byApplication[r.applicationId].append(r);
    for (qsizetype i = 0; i < entries->size(); ++i) {
        TalentPoolEntry& e = (*entries)[i];
        auto visible = visibleCards(m_db, e, revealed.at(i), m_viewer, e.withheld);
        if (!visible)
            return visible.error();
        QList<PoolRating> seen = byApplication.value(e.applicationId);
        seen.removeIf([&](const PoolRating& r) { return !visible->contains(r.scorecardId); });
        e.strengths = strengthsOf(seen);
    }
    return entries;
}

} // namespace debrief
