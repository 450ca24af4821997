#include "RatingMatrix.h"

#include <utility>

namespace debrief {

namespace {
constexpr std::int8_t kNotAssessed = 0;
constexpr std::int8_t kNoRecommendation = -1;
// Scores are stored in one signed byte; Debrief's scales stop at 10.
constexpr int kLargestScale = 127;
} // namespace

RatingMatrix::RatingMatrix(QList<Criterion> criteria, QList<Finalist> finalists,
                           QList<Panelist> panelists)
    : m_criteria(std::move(criteria))
    , m_finalists(std::move(finalists))
    , m_panelists(std::move(panelists)) {
    const std::size_t cards = std::size_t(m_finalists.size()) * std::size_t(m_panelists.size());
    m_scores.assign(cards * std::size_t(m_criteria.size()), kNotAssessed);
    m_hasCard.assign(cards, 0);
    m_recommendations.assign(cards, kNoRecommendation);
}

std::size_t RatingMatrix::cardIndex(int finalist, int panelist) const {
    Q_ASSERT(finalist >= 0 && finalist < finalistCount());
    Q_ASSERT(panelist >= 0 && panelist < panelistCount());
    return std::size_t(finalist) * std::size_t(m_panelists.size()) + std::size_t(panelist);
}

std::size_t RatingMatrix::cellIndex(int finalist, int panelist, int criterion) const {
    Q_ASSERT(criterion >= 0 && criterion < criterionCount());
    return cardIndex(finalist, panelist) * std::size_t(m_criteria.size()) + std::size_t(criterion);
}

void RatingMatrix::addScorecard(int finalist, int panelist) {
    m_hasCard[cardIndex(finalist, panelist)] = 1;
}

bool RatingMatrix::hasScorecard(int finalist, int panelist) const {
    return m_hasCard[cardIndex(finalist, panelist)] != 0;
}

Status RatingMatrix::setScore(int finalist, int panelist, int criterion, std::optional<int> score) {
    const Criterion& c = m_criteria.at(criterion);
    if (score && (*score < 1 || *score > c.scaleSize || *score > kLargestScale))
        return Error{tr("The score %1 for “%2” lies outside its scale of 1 to %3.")
                         .arg(*score)
                         .arg(c.name)
                         .arg(c.scaleSize)};
    addScorecard(finalist, panelist);
    m_scores[cellIndex(finalist, panelist, criterion)] = score ? std::int8_t(*score) : kNotAssessed;
    return {};
}

std::optional<int> RatingMatrix::score(int finalist, int panelist, int criterion) const {
    const std::int8_t stored = m_scores[cellIndex(finalist, panelist, criterion)];
    if (stored == kNotAssessed)
        return std::nullopt;
    return int(stored);
}

std::optional<double> RatingMatrix::normalisedScore(int finalist, int panelist,
                                                    int criterion) const {
    const std::optional<int> raw = score(finalist, panelist, criterion);
    const int scale = m_criteria.at(criterion).scaleSize;
    if (!raw || scale < 2)
        return std::nullopt;
    return double(*raw - 1) / double(scale - 1);
}

void RatingMatrix::setRecommendation(int finalist, int panelist,
                                     std::optional<Recommendation> value) {
    addScorecard(finalist, panelist);
    m_recommendations[cardIndex(finalist, panelist)] =
        value ? std::int8_t(*value) : kNoRecommendation;
}

std::optional<Recommendation> RatingMatrix::recommendation(int finalist, int panelist) const {
    const std::int8_t stored = m_recommendations[cardIndex(finalist, panelist)];
    if (stored == kNoRecommendation)
        return std::nullopt;
    return Recommendation(stored);
}

QList<int> RatingMatrix::scoresFor(int finalist, int criterion) const {
    QList<int> scores;
    for (int p = 0; p < panelistCount(); ++p) {
        if (const auto s = score(finalist, p, criterion))
            scores.append(*s);
    }
    return scores;
}

} // namespace debrief
