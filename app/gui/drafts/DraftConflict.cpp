#include "DraftConflict.h"

#include "DisplayText.h"

#include "drafting/DraftComparison.h"
#include "live/EditConflictPrompt.h"

namespace debrief {

EditConflictDialog::Content DraftConflict::content(const RejectionDraft& mine,
                                                   const RejectionDraft& theirs) {
    return {tr("Draft Changed Elsewhere"),
            tr("This message was saved elsewhere (in another window or on another computer) at "
               "%1, after you opened it. Nothing was overwritten and nothing was sent. Compare "
               "the two versions and choose which to keep.")
                .arg(DisplayText::dateTime(theirs.updatedAt.toLocalTime())),
            DraftComparison::fields(mine, theirs),
            theirs.isSent() ? tr("The saved version has been sent; a sent message no longer "
                                 "changes. Take it to see what went out.")
                            : QString()};
}

void DraftConflict::ask(QWidget* parent, const RejectionDraft& mine, const RejectionDraft& theirs,
                        const std::function<void(EditConflictDialog::Choice)>& chosen) {
    EditConflictPrompt::open(parent, QStringLiteral("draftConflictDialog"), content(mine, theirs),
                             chosen);
}

} // namespace debrief
