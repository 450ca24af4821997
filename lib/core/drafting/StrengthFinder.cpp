#include "StrengthFinder.h"

#include "DraftLanguage.h"

#include <QHash>

#include <algorithm>

namespace debrief {
namespace {

struct Scored {
    int score = 0;
    QString evidence;
};

/// Everything the submitted cards say about one criterion. Criteria are
/// matched by name, so a rubric edit that copied a criterion into a new
/// version still counts as the same criterion.
struct Tally {
    RowId criterionId = kNoRow;
    QString name;
    int scaleSize = 0;
    int position = 0;
    QList<Scored> scores;

    double mean() const {
        double sum = 0;
        for (const Scored& s : scores)
            sum += s.score;
        return scores.isEmpty() ? 0 : sum / double(scores.size());
    }
    double level() const { return scaleSize > 1 ? (mean() - 1) / double(scaleSize - 1) : 0; }
};

struct CriterionInfo {
    const Criterion* criterion = nullptr;
    int position = 0;
};

QHash<RowId, CriterionInfo> criteriaById(const QList<Rubric>& rubrics) {
    QHash<RowId, CriterionInfo> byId;
    for (const Rubric& rubric : rubrics) {
        for (int i = 0; i < rubric.criteria.size(); ++i)
            byId.insert(rubric.criteria.at(i).id, {&rubric.criteria.at(i), i});
    }
    return byId;
}

QList<Tally> tally(const QList<Scorecard>& cards, const QList<Rubric>& rubrics) {
    const QHash<RowId, CriterionInfo> byId = criteriaById(rubrics);
    QList<Tally> tallies;
    QHash<QString, qsizetype> index;
    for (const Scorecard& card : cards) {
        if (!card.isSubmitted())
            continue;
        for (const CriterionRating& rating : card.ratings) {
            const CriterionInfo info = byId.value(rating.criterionId);
            if (!rating.score || !info.criterion)
                continue;
            const QString key = info.criterion->name.trimmed().toCaseFolded();
            if (!index.contains(key)) {
                index.insert(key, tallies.size());
                tallies.append({info.criterion->id,
                                info.criterion->name.trimmed(),
                                info.criterion->scaleSize,
                                info.position,
                                {}});
            }
            tallies[index.value(key)].scores.append({*rating.score, rating.evidence.trimmed()});
        }
    }
    return tallies;
}

QStringList supportingEvidence(const Tally& t) {
    QList<Scored> supporting;
    const double mean = t.mean();
    for (const Scored& s : t.scores) {
        if (s.score >= mean && !s.evidence.isEmpty())
            supporting.append(s);
    }
    std::stable_sort(supporting.begin(), supporting.end(),
                     [](const Scored& a, const Scored& b) { return a.score > b.score; });
    QStringList evidence;
    for (const Scored& s : supporting) {
        if (!evidence.contains(s.evidence))
            evidence.append(s.evidence);
    }
    return evidence;
}

} // namespace

QList<StrengthSuggestion> StrengthFinder::find(const QList<Scorecard>& cards,
                                               const QList<Rubric>& rubrics,
                                               const DraftLanguage& language) {
    QList<Tally> tallies = tally(cards, rubrics);
    tallies.removeIf([](const Tally& t) { return t.level() < kMinimumLevel; });
    std::stable_sort(tallies.begin(), tallies.end(), [](const Tally& a, const Tally& b) {
        if (a.level() != b.level())
            return a.level() > b.level();
        if (a.scores.size() != b.scores.size())
            return a.scores.size() > b.scores.size();
        return a.position < b.position;
    });
    QList<StrengthSuggestion> strengths;
    for (const Tally& t : std::as_const(tallies)) {
        if (strengths.size() == kMaxStrengths)
            break;
        const int rank = int(strengths.size());
        strengths.append({t.criterionId, t.name, t.mean(),
                          language.formatScore(t.mean(), t.scaleSize),
                          language.strengthSentence(rank, t.name), supportingEvidence(t),
                          t.scaleSize, int(t.scores.size())});
    }
    return strengths;
}

} // namespace debrief
