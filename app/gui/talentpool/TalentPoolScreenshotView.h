#pragma once

#include "Result.h"

#include <QWidget>

#include <memory>

namespace debrief {

struct ViewContext;

/// The `talent-pool` screenshot view: the talent pool list with its first
/// person's strengths and evidence. The demo marks only one person for the
/// pool, so the view works on a copy of the database in which everyone who
/// reached an interview and was then turned down (or withdrew) is in the
/// pool; the database itself is not changed.
Result<std::unique_ptr<QWidget>> makeTalentPoolView(ViewContext& context);

} // namespace debrief
