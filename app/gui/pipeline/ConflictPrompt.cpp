#include "ConflictPrompt.h"

namespace debrief {

void ConflictPrompt::open(QWidget* parent, const QString& objectName,
                          const EditConflictDialog::Content& content,
                          std::function<void(EditConflictDialog::Choice)> chosen) {
    auto* dialog = new EditConflictDialog(content, parent);
    dialog->setObjectName(objectName);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    QObject::connect(dialog, &QDialog::finished, parent,
                     [dialog, chosen = std::move(chosen)] { chosen(dialog->choice()); });
    dialog->open();
}

} // namespace debrief
