#pragma once

#include "Finalist.h"
#include "Result.h"
#include "debrief_core_export.h"
#include "domain/Criterion.h"
#include "domain/Enums.h"
#include "domain/Panelist.h"

#include <QCoreApplication>
#include <QList>

#include <cstdint>
#include <optional>
#include <vector>

namespace debrief {

/// The plain input of every analytics calculation: who (panelists) rated
/// whom (finalists) on what (criteria), independent of how it was stored.
///
/// A cell is one (finalist, panelist, criterion) score on the criterion's
/// 1..scaleSize scale, or "not assessed", which is missing and never zero.
/// The matrix also knows whether a panelist handed in a scorecard on a
/// finalist at all, so "did not interview" and "interviewed but did not
/// assess this criterion" stay apart.
class DEBRIEF_CORE_EXPORT RatingMatrix {
    Q_DECLARE_TR_FUNCTIONS(RatingMatrix)

public:
    RatingMatrix() = default;
    RatingMatrix(QList<Criterion> criteria, QList<Finalist> finalists, QList<Panelist> panelists);

    int criterionCount() const { return int(m_criteria.size()); }
    int finalistCount() const { return int(m_finalists.size()); }
    int panelistCount() const { return int(m_panelists.size()); }
    const QList<Criterion>& criteria() const { return m_criteria; }
    const QList<Finalist>& finalists() const { return m_finalists; }
    const QList<Panelist>& panelists() const { return m_panelists; }

    /// Records that the panelist submitted a scorecard on the finalist;
    /// every criterion stays "not assessed" until a score is set.
    void addScorecard(int finalist, int panelist);
    bool hasScorecard(int finalist, int panelist) const;
    /// Sets a score, or "not assessed" for std::nullopt, and records the
    /// scorecard. Refuses a score outside the criterion's scale.
    Status setScore(int finalist, int panelist, int criterion, std::optional<int> score);
    std::optional<int> score(int finalist, int panelist, int criterion) const;
    /// The score mapped onto 0..1: (score - 1) / (scaleSize - 1).
    std::optional<double> normalisedScore(int finalist, int panelist, int criterion) const;
    /// Sets the overall recommendation (std::nullopt: none given) and
    /// records the scorecard.
    void setRecommendation(int finalist, int panelist, std::optional<Recommendation> value);
    std::optional<Recommendation> recommendation(int finalist, int panelist) const;

    /// The scores of one finalist on one criterion, in panel order, with
    /// missing ones left out.
    QList<int> scoresFor(int finalist, int criterion) const;

private:
    std::size_t cardIndex(int finalist, int panelist) const;
    std::size_t cellIndex(int finalist, int panelist, int criterion) const;

    QList<Criterion> m_criteria;
    QList<Finalist> m_finalists;
    QList<Panelist> m_panelists;
    /// 0 means "not assessed"; scales run from 1.
    std::vector<std::int8_t> m_scores;
    std::vector<std::int8_t> m_hasCard;
    /// -1 means no recommendation; else the Recommendation's value.
    std::vector<std::int8_t> m_recommendations;
};

} // namespace debrief
