#pragma once

#include "ViewRegistry.h"

namespace debrief {

/// The "opening-setup" screenshot view: the set-up dialog filled in for a
/// new opening from the software-engineer template, with a two-person panel.
Result<std::unique_ptr<QWidget>> makeOpeningSetupView(ViewContext& context);

} // namespace debrief
