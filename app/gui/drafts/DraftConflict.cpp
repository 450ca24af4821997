#include "DraftConflict.h"

#include "DisplayText.h"

#include "drafting/DraftComparison.h"

#include <QAbstractItemView>
#include <QTableWidget>

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
    auto* dialog = new EditConflictDialog(content(mine, theirs), parent);
    dialog->setObjectName(QStringLiteral("draftConflictDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    // A whole letter makes one tall row: scroll through it line by line
    // rather than jumping past it.
    if (auto* table = dialog->findChild<QTableWidget*>(QStringLiteral("conflictTable")))
        table->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    QObject::connect(dialog, &QDialog::finished, dialog,
                     [dialog, chosen] { chosen(dialog->choice()); });
    dialog->open();
}

} // namespace debrief
