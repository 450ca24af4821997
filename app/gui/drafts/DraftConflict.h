#pragma once

#include "domain/RejectionDraft.h"
#include "live/EditConflictDialog.h"

#include <QCoreApplication>

#include <functional>

class QWidget;

namespace debrief {

/// The edit conflict of a rejection or offer draft: the sender's text next
/// to the one saved elsewhere (DraftComparison), the message whole, in
/// EditConflictDialog; a draft sent meanwhile can only be taken.
class DraftConflict {
    Q_DECLARE_TR_FUNCTIONS(DraftConflict)

public:
    static EditConflictDialog::Content content(const RejectionDraft& mine,
                                               const RejectionDraft& theirs);
    /// Opens the dialog (window-modal, not blocking) over `parent`; `chosen`
    /// gets the sender's choice when it closes.
    static void ask(QWidget* parent, const RejectionDraft& mine, const RejectionDraft& theirs,
                    const std::function<void(EditConflictDialog::Choice)>& chosen);
};

} // namespace debrief
