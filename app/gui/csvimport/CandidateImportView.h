#pragma once

#include "ViewRegistry.h"

namespace debrief {

/// The "csv-import" screenshot view: the import wizard on its preview page
/// for a made-up file with a few problems (an invalid e-mail, an impossible
/// date, a repeated address and a candidate the opening already has).
Result<std::unique_ptr<QWidget>> makeCandidateImportView(ViewContext& context);

} // namespace debrief
