#pragma once

#include "Result.h"

#include <QWidget>

#include <memory>

namespace debrief {

struct ViewContext;

/// The `decision` screenshot view: the decision dialog on the demo's debrief
/// opening, filled in by its lead: one chosen, two ranked runners-up (the
/// first in the talent pool), two deciding criteria and a rationale.
Result<std::unique_ptr<QWidget>> makeDecisionView(ViewContext& context);

} // namespace debrief
