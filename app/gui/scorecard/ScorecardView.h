#pragma once

#include "Result.h"

#include <QWidget>

#include <memory>

namespace debrief {

struct ViewContext;

/// The `scorecard` screenshot view: the debrief opening's first finalist,
/// their latest interview, and the first panelist's card on it.
Result<std::unique_ptr<QWidget>> makeScorecardView(ViewContext& context);

/// The `scorecard-conflict` screenshot view: EditConflictDialog over
/// that card as stored and an unsaved edit of it.
Result<std::unique_ptr<QWidget>> makeScorecardConflictView(ViewContext& context);

/// The `scores` screenshot view: the detail pane at the debrief opening's
/// finalist interview with the most colleagues' scorecards that the panelist
/// who is scoring may see.
Result<std::unique_ptr<QWidget>> makeInterviewScoresView(ViewContext& context);

} // namespace debrief
