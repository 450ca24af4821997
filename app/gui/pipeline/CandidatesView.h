#pragma once

#include "ViewRegistry.h"

namespace debrief {

/// The "candidates" screenshot view: the main window on the debrief opening
/// with the list filtered to finalists and a finalist with references
/// selected, so the editable stage, promised date, notes and references show.
Result<std::unique_ptr<QWidget>> makeCandidatesView(ViewContext& context);

} // namespace debrief
