#include "MarkSentDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace debrief {

MarkSentDialog::MarkSentDialog(const QString& candidateName, QWidget* parent)
    : QDialog(parent) {
    setObjectName(QStringLiteral("markSentDialog"));
    setWindowTitle(tr("Mark as Sent"));
    m_channel = new QComboBox;
    m_channel->setObjectName(QStringLiteral("sentChannelCombo"));
    for (const CommunicationChannel c :
         {CommunicationChannel::Email, CommunicationChannel::Phone, CommunicationChannel::VideoCall,
          CommunicationChannel::InPerson, CommunicationChannel::Letter,
          CommunicationChannel::Other})
        m_channel->addItem(toLabel(c), int(c));

    auto* intro = new QLabel(
        tr("Record that %1 has been told, and how. The message is logged as the panel's final "
           "answer and the application closes as rejected; this cannot be changed afterwards.")
            .arg(candidateName));
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);
    auto* form = new QFormLayout;
    form->addRow(tr("Sent &by:"), m_channel);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Mark as &Sent"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(420, sizeHint().height());
}

CommunicationChannel MarkSentDialog::channel() const {
    return CommunicationChannel(m_channel->currentData().toInt());
}

} // namespace debrief
