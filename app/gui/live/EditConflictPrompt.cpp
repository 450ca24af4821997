#include "EditConflictPrompt.h"

namespace debrief {

void EditConflictPrompt::open(QWidget* editor, const QString& objectName,
                              const EditConflictDialog::Content& content, Chosen chosen) {
    if (isOpen(editor, objectName))
        return;
    auto* dialog = new EditConflictDialog(content, editor);
    dialog->setObjectName(objectName);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    QObject::connect(dialog, &QDialog::finished, editor, [dialog, chosen = std::move(chosen)] {
        // No longer counted as open while the choice is carried out (Keep
        // Mine saves again, which may refuse again).
        dialog->setObjectName({});
        chosen(dialog->choice());
    });
    dialog->open();
}

bool EditConflictPrompt::isOpen(const QWidget* editor, const QString& objectName) {
    const auto* dialog = editor->findChild<EditConflictDialog*>(objectName);
    return dialog && dialog->isVisible();
}

} // namespace debrief
