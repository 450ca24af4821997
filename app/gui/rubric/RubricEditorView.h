#pragma once

#include "ViewRegistry.h"

namespace debrief {

/// The "rubric-editor" screenshot view: the editor on the rubric of the
/// opening a debrief is most likely about.
Result<std::unique_ptr<QWidget>> makeRubricEditorView(ViewContext& context);

} // namespace debrief
