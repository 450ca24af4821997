#include "CommunicationLogPanel.h"

#include "CardDelegate.h"
#include "DisplayText.h"

#include <QHBoxLayout>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace debrief {

CommunicationLogPanel::CommunicationLogPanel(QWidget* parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("communicationLogPanel"));
    m_list = new QListWidget;
    m_list->setObjectName(QStringLiteral("communicationList"));
    m_list->setAccessibleName(tr("Messages"));
    m_list->setItemDelegate(new CardDelegate(m_list));
    m_list->setAlternatingRowColors(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);

    m_log = new QPushButton(tr("&Log a Message or Call…"));
    m_log->setObjectName(QStringLiteral("logCommunicationButton"));
    m_log->setToolTip(tr("Record a message or call and the answer date it promised "
                         "(Ctrl+Shift+L)."));
    m_log->setEnabled(false);
    connect(m_log, &QPushButton::clicked, this, &CommunicationLogPanel::logRequested);

    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_log);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);
    setFocusProxy(m_list);
}

void CommunicationLogPanel::setLoggingEnabled(bool enabled) {
    m_log->setEnabled(enabled);
}

void CommunicationLogPanel::display(const QList<CommunicationEntry>& entries) {
    m_list->clear();
    // Newest first: the latest promise made to the candidate matters most.
    for (auto it = entries.crbegin(); it != entries.crend(); ++it) {
        const CommunicationEntry& entry = *it;
        QString direction = entry.direction == CommunicationDirection::Outbound
                                ? tr("%1 to the candidate").arg(toLabel(entry.channel))
                                : tr("%1 from the candidate").arg(toLabel(entry.channel));
        if (!entry.author.trimmed().isEmpty())
            direction += QStringLiteral(" · ") + tr("logged by %1").arg(entry.author);
        QStringList lines{direction, DisplayText::orDash(entry.summary)};
        if (entry.nextPromisedDate.isValid()) {
            lines.append(
                tr("Promised an answer by %1").arg(DisplayText::date(entry.nextPromisedDate)));
        }
        CardDelegate::addCard(m_list, DisplayText::dateTime(entry.occurredAt), lines);
    }
}

} // namespace debrief
