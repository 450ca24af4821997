#include "DemoScorecardWriter.h"

#include "DemoContext.h"
#include "DemoCriteriaBank.h"
#include "DemoOpeningWriter.h"
#include "DemoPhraseBank.h"
#include "domain/Scorecard.h"
#include "storage/ScorecardRepository.h"

#include <algorithm>
#include <cmath>

namespace debrief::demo {
namespace {

double normalised(int score, int scaleSize) {
    return double(score - 1) / double(scaleSize - 1);
}

EvidenceTone toneFor(int score, int scaleSize) {
    const double n = normalised(score, scaleSize);
    if (n >= 0.7)
        return EvidenceTone::Strong;
    if (n >= 0.4)
        return EvidenceTone::Middling;
    return EvidenceTone::Weak;
}

QString criterionName(const QString& key) {
    return QString::fromUtf8(DemoCriteriaBank::find(key)->name);
}

} // namespace

QStringList DemoScorecardWriter::keysFor(int roundIndex, const QDate& day) const {
    const DemoRubricVersion& rubric = m_opening.rubricOn(day);
    QStringList keys;
    for (const QString& key : m_opening.scenario->rounds.at(roundIndex).criterionKeys) {
        if (rubric.criterionIds.contains(key))
            keys.append(key);
    }
    return keys;
}

QList<DemoRating> DemoScorecardWriter::drawScores(int roundIndex, const QDate& day,
                                                  RowId panelistId,
                                                  const QMap<QString, double>& ability) {
    const int scale = m_opening.rubricOn(day).scaleSize;
    const double leniency = m_context.leniencyOf(panelistId);
    QList<DemoRating> ratings;
    for (const QString& key : keysFor(roundIndex, day)) {
        if (m_context.random.chance(0.06)) {
            ratings.append({key, std::nullopt});
            continue;
        }
        const double level = std::clamp(
            ability.value(key, 0.5) + leniency + m_context.random.real(-0.12, 0.12), 0.0, 1.0);
        ratings.append({key, 1 + int(std::lround(level * (scale - 1)))});
    }
    return ratings;
}

Recommendation DemoScorecardWriter::recommend(const QList<DemoRating>& ratings, int scaleSize) {
    double sum = 0;
    int count = 0;
    for (const DemoRating& r : ratings) {
        if (r.score) {
            sum += normalised(*r.score, scaleSize);
            ++count;
        }
    }
    // A little personal judgement on top of the scores, as real panelists have.
    const double mean = (count > 0 ? sum / count : 0.5) + m_context.random.real(-0.05, 0.05);
    if (mean >= 0.78)
        return Recommendation::StrongYes;
    if (mean >= 0.55)
        return Recommendation::Yes;
    if (mean >= 0.35)
        return Recommendation::No;
    return Recommendation::StrongNo;
}

QString DemoScorecardWriter::takeaways(const QList<DemoRating>& ratings,
                                       Recommendation recommendation) {
    const DemoRating* best = nullptr;
    const DemoRating* worst = nullptr;
    for (const DemoRating& r : ratings) {
        if (!r.score)
            continue;
        if (!best || *r.score > *best->score)
            best = &r;
        if (!worst || *r.score < *worst->score)
            worst = &r;
    }
    if (!best)
        return QStringLiteral("Too little evidence to form a view; see the other round.");
    return DemoPhraseBank::takeaways(criterionName(best->key), criterionName(worst->key),
                                     recommendation, m_context.random);
}

Status DemoScorecardWriter::write(const Interview& interview, RowId panelistId,
                                  const QList<DemoRating>& ratings, bool submitted) {
    const QDate day = interview.scheduledAt.date();
    const DemoRubricVersion& rubric = m_opening.rubricOn(day);
    Scorecard card;
    card.uuid = m_context.random.uuid();
    card.interviewId = interview.id;
    card.panelistId = panelistId;
    card.rubricId = rubric.rubricId;
    card.status = submitted ? ScorecardStatus::Submitted : ScorecardStatus::Draft;
    for (const DemoRating& r : ratings) {
        const DemoCriterionText& text = *DemoCriteriaBank::find(r.key);
        CriterionRating rating{rubric.criterionIds.value(r.key), r.score, {}};
        if (!r.score)
            rating.evidence = DemoCriteriaBank::notAssessedNote(m_context.random);
        else if (submitted || m_context.random.chance(0.6))
            rating.evidence = DemoCriteriaBank::evidence(text, toneFor(*r.score, rubric.scaleSize),
                                                         m_context.random);
        card.ratings.append(rating);
    }
    const Recommendation recommendation = recommend(ratings, rubric.scaleSize);
    // Drafts are half-finished: the overall call often comes last.
    if (submitted || m_context.random.chance(0.5)) {
        card.recommendation = recommendation;
        card.keyTakeaways = takeaways(ratings, recommendation);
    }
    const QDate writtenOn = std::min(day.addDays(m_context.random.between(0, 1)), m_context.today);
    card.updatedAt = DemoContext::at(writtenOn, 17, m_context.random.between(0, 59));
    if (submitted)
        card.submittedAt = card.updatedAt;
    if (auto done = ScorecardRepository(m_context.db).insert(card); !done)
        return done;
    ++m_context.summary.scorecards;
    return {};
}

} // namespace debrief::demo
