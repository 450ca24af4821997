#pragma once

#include "debrief_core_export.h"
#include "domain/Rubric.h"
#include "domain/Scorecard.h"
#include "live/ComparedField.h"

#include <QCoreApplication>

namespace debrief {

/// A scorecard as this panelist edited it next to the version saved
/// elsewhere, criterion by criterion (score, then evidence), then the
/// recommendation and the key takeaways: the rows of a scorecard's edit
/// conflict.
class DEBRIEF_CORE_EXPORT ScorecardComparison {
    Q_DECLARE_TR_FUNCTIONS(ScorecardComparison)

public:
    static ComparedFields fields(const Rubric& rubric, const Scorecard& mine,
                                 const Scorecard& theirs);
};

} // namespace debrief
