#pragma once

#include "live/EditConflictDialog.h"

#include <functional>

namespace debrief {

/// Asks about a pipeline record's edit conflict: EditConflictDialog,
/// window-modal over the editor, without blocking the undo command that
/// found the conflict; `chosen` runs with the user's choice when it closes.
namespace ConflictPrompt {

void open(QWidget* parent, const QString& objectName, const EditConflictDialog::Content& content,
          std::function<void(EditConflictDialog::Choice)> chosen);

} // namespace ConflictPrompt
} // namespace debrief
