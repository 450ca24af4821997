#include "WarningBox.h"

#include <QMessageBox>

namespace debrief {

QMessageBox* WarningBox::show(QWidget* parent, const QString& title, const QString& message,
                              const QString& objectName) {
    auto* box = new QMessageBox(QMessageBox::Warning, title, message, QMessageBox::Ok, parent);
    box->setTextFormat(Qt::PlainText);
    box->setObjectName(objectName);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
    return box;
}

} // namespace debrief
