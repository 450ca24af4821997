#pragma once

#include "ViewRegistry.h"

namespace debrief {

/// The "csv-import" screenshot view: the import wizard on its preview page
/// for a made-up file with first and last names in separate columns and a
/// few problems (an invalid e-mail, an impossible date, a repeated address, a
/// candidate the opening already has, a formula and a two-line note).
Result<std::unique_ptr<QWidget>> makeCandidateImportView(ViewContext& context);

} // namespace debrief
