#pragma once

#include "live/EditConflictDialog.h"

#include <functional>

namespace debrief {

/// Asks an editor's user to resolve an edit conflict without blocking the
/// editor: EditConflictDialog opened window-modal over it, and the choice
/// handed back once made. One editor has at most one such question open.
class EditConflictPrompt {
public:
    using Chosen = std::function<void(EditConflictDialog::Choice)>;

    /// Opens the dialog (named `objectName`, deleted when closed) over
    /// `editor`; `chosen` runs when the user has chosen (Undecided for
    /// Decide Later). Does nothing while `editor` has one open already.
    static void open(QWidget* editor, const QString& objectName,
                     const EditConflictDialog::Content& content, Chosen chosen);
    /// Whether `editor` shows the conflict dialog named `objectName`.
    static bool isOpen(const QWidget* editor, const QString& objectName);
};

} // namespace debrief
