#include "TalentPoolSuggestionDialog.h"

#include "DisplayText.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace debrief {

TalentPoolSuggestionDialog::TalentPoolSuggestionDialog(const QString& openingTitle,
                                                       QList<TalentPoolMatch> matches,
                                                       QWidget* parent)
    : QDialog(parent)
    , m_matches(std::move(matches)) {
    setObjectName(QStringLiteral("talentPoolSuggestions"));
    setWindowTitle(
        DisplayText::windowTitle(tr("Talent Pool Suggestions for %1").arg(openingTitle)));

    auto* intro = new QLabel(
        tr("These people from the talent pool fit “%1”. Tick the ones to add to the opening; "
           "they start as applicants, and nobody is contacted.")
            .arg(openingTitle));
    intro->setTextFormat(Qt::PlainText);
    intro->setWordWrap(true);

    m_list = new QTreeWidget;
    m_list->setObjectName(QStringLiteral("talentPoolSuggestionList"));
    m_list->setAccessibleName(tr("Suggested candidates"));
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->setWordWrap(true);
    m_list->setHeaderLabels({tr("Candidate"), tr("Came from"), tr("Why they fit")});
    m_list->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(true);
    for (const TalentPoolMatch& match : std::as_const(m_matches)) {
        const TalentPoolEntry& entry = match.entry;
        auto* item = new QTreeWidgetItem(
            m_list, {entry.candidateName,
                     tr("%1 (%2)").arg(entry.openingTitle, toLabel(entry.furthestStage)),
                     match.reasons.join(QLatin1Char('\n'))});
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(0, Qt::Unchecked);
        item->setToolTip(2, DisplayText::toolTip(match.reasons.join(QLatin1Char('\n'))));
    }
    if (m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    connect(m_list, &QTreeWidget::itemChanged, this, &TalentPoolSuggestionDialog::updateButtons);

    auto* buttons = new QDialogButtonBox;
    m_add = buttons->addButton(tr("&Add to Opening"), QDialogButtonBox::AcceptRole);
    m_add->setObjectName(QStringLiteral("addSuggestionsButton"));
    QPushButton* dismiss = buttons->addButton(tr("&Dismiss"), QDialogButtonBox::RejectRole);
    dismiss->setObjectName(QStringLiteral("dismissSuggestionsButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        const QList<TalentPoolMatch> picked = chosen();
        if (picked.isEmpty())
            return;
        emit addRequested(picked);
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list, 1);
    layout->addWidget(new QLabel(tr("Space ticks the selected person.")));
    layout->addWidget(buttons);
    m_list->setFocus();
    updateButtons();
    resize(760, 320);
}

QList<TalentPoolMatch> TalentPoolSuggestionDialog::chosen() const {
    QList<TalentPoolMatch> picked;
    for (int row = 0; row < m_list->topLevelItemCount(); ++row) {
        if (m_list->topLevelItem(row)->checkState(0) == Qt::Checked)
            picked.append(m_matches.at(row));
    }
    return picked;
}

void TalentPoolSuggestionDialog::setChosen(int row, bool chosen) {
    if (QTreeWidgetItem* item = m_list->topLevelItem(row))
        item->setCheckState(0, chosen ? Qt::Checked : Qt::Unchecked);
}

void TalentPoolSuggestionDialog::updateButtons() {
    m_add->setEnabled(!chosen().isEmpty());
}

} // namespace debrief
