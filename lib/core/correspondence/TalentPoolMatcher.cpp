#include "TalentPoolMatcher.h"

#include "storage/ApplicationRepository.h"
#include "storage/OpeningRepository.h"
#include "storage/RubricRepository.h"

#include <QRegularExpression>

#include <algorithm>
#include <optional>

namespace debrief {
namespace {

// Weights: a strength the new opening assesses counts most (2 plus how
// strong, so 2.5…3), a shared title word less, the same team only adds to
// a match found otherwise.
constexpr double kCriterionWeight = 2.0;
constexpr double kTitleWordWeight = 1.5;
constexpr double kSameTeamWeight = 1.0;

/// Seniority and filler words say nothing about what the job is.
const QSet<QString>& ignoredWords() {
    static const QSet<QString> words = {
        QStringLiteral("senior"),    QStringLiteral("junior"),      QStringLiteral("lead"),
        QStringLiteral("principal"), QStringLiteral("staff"),       QStringLiteral("head"),
        QStringLiteral("chief"),     QStringLiteral("intern"),      QStringLiteral("trainee"),
        QStringLiteral("and"),       QStringLiteral("the"),         QStringLiteral("for"),
        QStringLiteral("with"),      QStringLiteral("und"),         QStringLiteral("der"),
        QStringLiteral("die"),       QStringLiteral("das"),         QStringLiteral("für"),
        QStringLiteral("mit"),       QStringLiteral("les"),         QStringLiteral("des"),
        QStringLiteral("pour"),      QStringLiteral("avec"),        QStringLiteral("leiter"),
        QStringLiteral("leiterin"),  QStringLiteral("responsable"), QStringLiteral("chef"),
        QStringLiteral("cheffe")};
    return words;
}

/// Same name, or every significant word of one name is in the other
/// ("Communication" and "Written communication").
bool criteriaMatch(const QString& a, const QString& b) {
    if (a.simplified().compare(b.simplified(), Qt::CaseInsensitive) == 0)
        return true;
    const QStringList wordsA = TalentPoolMatcher::significantWords(a);
    const QStringList wordsB = TalentPoolMatcher::significantWords(b);
    if (wordsA.isEmpty() || wordsB.isEmpty())
        return false;
    const auto within = [](const QStringList& few, const QStringList& many) {
        return std::all_of(few.cbegin(), few.cend(),
                           [&many](const QString& w) { return many.contains(w); });
    };
    return within(wordsA, wordsB) || within(wordsB, wordsA);
}

/// Adds the best matching strength for each of the opening's criteria.
void matchCriteria(TalentPoolMatch& match, const QStringList& criteria) {
    for (const QString& criterion : criteria) {
        const auto strength =
            std::find_if(match.entry.strengths.cbegin(), match.entry.strengths.cend(),
                         [&criterion](const TalentStrength& s) {
                             return criteriaMatch(criterion, s.criterionName);
                         });
        if (strength == match.entry.strengths.cend())
            continue;
        match.score += kCriterionWeight + strength->normalisedMean;
        match.matchedCriteria.append(criterion);
        match.reasons.append(TalentPoolMatcher::tr("Rated strong on “%1” (%2 of %3), which this "
                                                   "opening assesses.")
                                 .arg(strength->criterionName)
                                 .arg(strength->meanScore, 0, 'f', 1)
                                 .arg(strength->scaleSize));
    }
}

std::optional<TalentPoolMatch> matchOne(const OpeningProfile& opening,
                                        const QStringList& titleWords,
                                        const TalentPoolEntry& entry) {
    TalentPoolMatch match;
    match.entry = entry;
    matchCriteria(match, opening.criteriaNames);
    for (const QString& word : TalentPoolMatcher::significantWords(entry.openingTitle)) {
        if (titleWords.contains(word) && !match.sharedTitleWords.contains(word))
            match.sharedTitleWords.append(word);
    }
    if (match.matchedCriteria.isEmpty() && match.sharedTitleWords.isEmpty())
        return std::nullopt;
    if (!match.sharedTitleWords.isEmpty()) {
        match.score += kTitleWordWeight * double(match.sharedTitleWords.size());
        match.reasons.append(
            TalentPoolMatcher::tr("Came from “%1”, a similar role (%2).")
                .arg(entry.openingTitle, match.sharedTitleWords.join(QLatin1String(", "))));
    }
    const QString team = opening.team.simplified();
    if (!team.isEmpty() && team.compare(entry.openingTeam.simplified(), Qt::CaseInsensitive) == 0) {
        match.sameTeam = true;
        match.score += kSameTeamWeight;
        match.reasons.append(TalentPoolMatcher::tr("Applied to the same team, %1.").arg(team));
    }
    return match;
}

} // namespace

QStringList TalentPoolMatcher::significantWords(const QString& text) {
    static const QRegularExpression separators(QStringLiteral("[^\\p{L}\\p{N}]+"));
    QStringList words;
    for (const QString& word : text.toCaseFolded().split(separators, Qt::SkipEmptyParts)) {
        if (word.size() >= 3 && !ignoredWords().contains(word) && !words.contains(word))
            words.append(word);
    }
    return words;
}

QList<TalentPoolMatch> TalentPoolMatcher::rank(const OpeningProfile& opening,
                                               const QList<TalentPoolEntry>& pool,
                                               const QSet<RowId>& excludedCandidates) {
    const QStringList titleWords = significantWords(opening.title);
    QList<TalentPoolMatch> matches;
    for (const TalentPoolEntry& entry : pool) {
        if (excludedCandidates.contains(entry.candidateId) || entry.stage == PipelineStage::Hired ||
            (opening.openingId != kNoRow && entry.openingId == opening.openingId))
            continue;
        std::optional<TalentPoolMatch> match = matchOne(opening, titleWords, entry);
        if (!match)
            continue;
        // A candidate in the pool from several openings appears once, with
        // the best of their matches.
        const auto same = std::find_if(matches.begin(), matches.end(), [&entry](const auto& m) {
            return m.entry.candidateId == entry.candidateId;
        });
        if (same == matches.end())
            matches.append(std::move(*match));
        else if (match->score > same->score)
            *same = std::move(*match);
    }
    std::stable_sort(matches.begin(), matches.end(), [](const auto& a, const auto& b) {
        if (a.score != b.score)
            return a.score > b.score;
        return a.entry.candidateName.compare(b.entry.candidateName, Qt::CaseInsensitive) < 0;
    });
    return matches;
}

Result<QList<TalentPoolMatch>> TalentPoolMatcher::suggestFor(RowId openingId) {
    auto opening = OpeningRepository(m_db).get(openingId);
    if (!opening)
        return opening.error();
    OpeningProfile profile{openingId, opening->title, opening->team, {}};
    auto rubric = RubricRepository(m_db).currentForOpening(openingId);
    if (!rubric)
        return rubric.error();
    if (rubric->has_value()) {
        for (const Criterion& criterion : (*rubric)->criteria)
            profile.criteriaNames.append(criterion.name);
    }
    auto applied = ApplicationRepository(m_db).forOpening(openingId);
    if (!applied)
        return applied.error();
    QSet<RowId> excluded;
    for (const Application& application : *applied)
        excluded.insert(application.candidateId);
    auto pool = TalentPoolQuery(m_db, m_viewer).list();
    if (!pool)
        return pool.error();
    return rank(profile, *pool, excluded);
}

} // namespace debrief
