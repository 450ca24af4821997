#include "SendAnywayQuestion.h"

#include "drafting/DraftToneCheck.h"
#include "tone/ToneCategory.h"

#include <QMessageBox>
#include <QPushButton>

namespace debrief {

void SendAnywayQuestion::ask(QWidget* parent, const QString& text,
                             const QList<ToneFinding>& findings,
                             const std::function<void(const QStringList&)>& send) {
    if (findings.isEmpty()) {
        send({});
        return;
    }
    QStringList lines;
    for (const ToneFinding& f : findings)
        lines.append(tr("• %1: “%2”", "a tone finding's category, then the flagged words")
                         .arg(ToneCategory::displayName(f.category),
                              text.mid(f.start, f.length).simplified()));
    auto* box = new QMessageBox(
        QMessageBox::Warning, tr("Send Anyway?"),
        tr("The tone check still has %n finding(s) in this message:", "", int(findings.size())) +
            QLatin1Char('\n') + lines.join(QLatin1Char('\n')),
        QMessageBox::NoButton, parent);
    box->setObjectName(QStringLiteral("sendAnywayQuestion"));
    // The flagged words are the sender's text: never markup.
    box->setTextFormat(Qt::PlainText);
    box->setInformativeText(tr("Send it anyway? If you do, the message is logged with these "
                               "findings."));
    QPushButton* sendButton = box->addButton(tr("Send Anyway"), QMessageBox::AcceptRole);
    sendButton->setObjectName(QStringLiteral("sendAnywayButton"));
    QPushButton* back = box->addButton(tr("Go Back"), QMessageBox::RejectRole);
    back->setObjectName(QStringLiteral("goBackButton"));
    box->setDefaultButton(back);
    box->setEscapeButton(back);
    box->setAttribute(Qt::WA_DeleteOnClose);
    const QStringList names = DraftToneCheck::categoryNames(findings);
    QObject::connect(box, &QMessageBox::finished, box, [box, sendButton, names, send] {
        if (box->clickedButton() == sendButton)
            send(names);
    });
    box->open();
}

} // namespace debrief
