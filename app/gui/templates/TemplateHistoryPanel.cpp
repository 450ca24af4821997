#include "TemplateHistoryPanel.h"

#include "DisplayText.h"

#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace debrief {

TemplateHistoryPanel::TemplateHistoryPanel(QWidget* parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("templateHistoryPanel"));
    m_list = new QTreeWidget;
    m_list->setObjectName(QStringLiteral("templateHistoryList"));
    m_list->setAccessibleName(tr("Versions"));
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->setHeaderLabels({tr("Version"), tr("Saved"), tr("By")});
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(true);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &TemplateHistoryPanel::updateButton);

    m_restore = new QPushButton(tr("&Restore as New Version"));
    m_restore->setObjectName(QStringLiteral("restoreVersionButton"));
    m_restore->setToolTip(tr("Saves the selected version's text again as the newest version; "
                             "the versions in between stay in the history."));
    connect(m_restore, &QPushButton::clicked, this, [this] {
        const int row = m_list->indexOfTopLevelItem(m_list->currentItem());
        // Newest first on screen, oldest first in m_versions.
        const int index = static_cast<int>(m_versions.size()) - 1 - row;
        if (row > 0 && index >= 0)
            emit restoreRequested(m_versions.at(index));
    });

    auto* heading = new QLabel(tr("&History"));
    heading->setBuddy(m_list);
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(heading);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_restore);
    updateButton();
}

void TemplateHistoryPanel::display(const QList<MessageTemplate>& versions) {
    m_versions = versions;
    m_list->clear();
    for (auto it = versions.crbegin(); it != versions.crend(); ++it) {
        auto* item = new QTreeWidgetItem(m_list, {QString::number(it->version),
                                                  it->createdAt.isValid()
                                                      ? DisplayText::dateTime(it->createdAt)
                                                      : tr("shipped with Debrief"),
                                                  DisplayText::orDash(it->author)});
        item->setTextAlignment(0, Qt::AlignRight | Qt::AlignVCenter);
    }
    if (m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    updateButton();
}

void TemplateHistoryPanel::updateButton() {
    // The newest version is what the editor shows already.
    const int row = m_list->indexOfTopLevelItem(m_list->currentItem());
    m_restore->setEnabled(row > 0);
}

} // namespace debrief
