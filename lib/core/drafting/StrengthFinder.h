#pragma once

#include "StrengthSuggestion.h"
#include "debrief_core_export.h"
#include "domain/Rubric.h"
#include "domain/Scorecard.h"

#include <QList>

namespace debrief {

class DraftLanguage;

/// Picks a candidate's real strengths from the panel's own records: the
/// criteria with the highest mean score over the submitted scorecards, as
/// long as that mean sits clearly in the upper part of the scale. Drafts are
/// never counted: a panelist's unfinished opinion is not the panel's.
class DEBRIEF_CORE_EXPORT StrengthFinder {
public:
    /// At most this many strengths are offered: a letter that praises
    /// everything praises nothing.
    static constexpr int kMaxStrengths = 3;
    /// The lowest mean that counts as a strength, as a fraction of the scale
    /// above its bottom ((mean - 1) / (scale - 1)): 0.7 is 3.8 of 5 or 3.1
    /// of 4, so "meets the bar" on every card is not yet called a strength.
    static constexpr double kMinimumLevel = 0.7;

    /// Strongest first (by level, then by number of scores, then rubric
    /// order). `rubrics` name the criteria the cards were scored against.
    static QList<StrengthSuggestion> find(const QList<Scorecard>& cards,
                                          const QList<Rubric>& rubrics,
                                          const DraftLanguage& language);
};

} // namespace debrief
