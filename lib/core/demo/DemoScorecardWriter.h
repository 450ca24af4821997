#pragma once

#include "Result.h"
#include "domain/Enums.h"
#include "domain/Interview.h"
#include "domain/RowId.h"

#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace debrief::demo {

struct DemoContext;
struct DemoOpeningState;

/// One planned rating: a criterion (by scenario key) and its score, or no
/// score for "not assessed".
struct DemoRating {
    QString key;
    std::optional<int> score;
};

/// Writes panelists' scorecards for an interview: scores (given, or drawn
/// around a candidate's ability), evidence notes from the phrase banks, a
/// recommendation that follows from the scores, and key takeaways.
class DemoScorecardWriter {
public:
    DemoScorecardWriter(DemoContext& context, const DemoOpeningState& opening)
        : m_context(context)
        , m_opening(opening) {}

    /// Scores around `ability` (0..1 per criterion key), shifted by the
    /// panelist's leniency; now and then a criterion is not assessed.
    QList<DemoRating> drawScores(int roundIndex, const QDate& day, RowId panelistId,
                                 const QMap<QString, double>& ability);
    Status write(const Interview& interview, RowId panelistId, const QList<DemoRating>& ratings,
                 bool submitted);

private:
    /// The round's criteria that exist in the rubric version used on `day`.
    QStringList keysFor(int roundIndex, const QDate& day) const;
    Recommendation recommend(const QList<DemoRating>& ratings, int scaleSize);
    QString takeaways(const QList<DemoRating>& ratings, Recommendation recommendation);

    DemoContext& m_context;
    const DemoOpeningState& m_opening;
};

} // namespace debrief::demo
