#include "MailLinkQuestion.h"

#include <QMessageBox>
#include <QPushButton>

namespace debrief {

void MailLinkQuestion::ask(QWidget* parent, bool tooLong,
                           const std::function<void(Answer)>& answered) {
    auto* box =
        new QMessageBox(QMessageBox::Warning, tr("Message Too Long for a Mail Link"),
                        tooLong ? tr("This message is too long to hand to a mail client as a "
                                     "link. Save it as an .eml file or copy it instead.")
                                : tr("Mail clients cut long links, so the message would "
                                     "arrive shortened, ending in a note. Save it as an .eml "
                                     "file or copy it instead to keep the whole text."),
                        QMessageBox::Cancel, parent);
    box->setObjectName(QStringLiteral("mailtoTooLong"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton* eml = box->addButton(tr("Save as .eml…"), QMessageBox::AcceptRole);
    QPushButton* copy = box->addButton(tr("Copy Instead"), QMessageBox::AcceptRole);
    QPushButton* shortened =
        tooLong ? nullptr : box->addButton(tr("Open Shortened"), QMessageBox::AcceptRole);
    box->setDefaultButton(eml);
    QObject::connect(box, &QMessageBox::finished, box, [box, eml, copy, shortened, answered] {
        QAbstractButton* clicked = box->clickedButton();
        if (clicked == eml)
            answered(Answer::SaveEml);
        else if (clicked == copy)
            answered(Answer::Copy);
        else if (shortened && clicked == shortened)
            answered(Answer::OpenShortened);
        else
            answered(Answer::Cancel);
    });
    box->open();
}

} // namespace debrief
