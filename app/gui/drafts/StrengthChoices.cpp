#include "StrengthChoices.h"

#include "DisplayText.h"

#include <QCheckBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace debrief {

StrengthChoices::StrengthChoices(QWidget* parent)
    : QWidget(parent) {
    m_list = new QListWidget;
    m_list->setObjectName(QStringLiteral("strengthList"));
    m_list->setAccessibleName(tr("Strength sentences"));
    m_list->setWordWrap(true);
    m_list->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_heading = new QLabel(tr("What the panel sa&w (check to include, F2 to edit)"));
    m_heading->setBuddy(m_list);
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);
    m_evidence = new QLabel;
    m_evidence->setObjectName(QStringLiteral("strengthEvidence"));
    m_evidence->setWordWrap(true);
    m_evidence->setTextFormat(Qt::PlainText);
    m_withheld = new QLabel;
    m_withheld->setObjectName(QStringLiteral("strengthsWithheld"));
    m_withheld->setWordWrap(true);
    m_withheld->setTextFormat(Qt::PlainText);
    m_withheld->hide();
    m_decidingFactor = new QCheckBox;
    m_decidingFactor->setObjectName(QStringLiteral("decidingFactorCheck"));
    m_feedback = new QCheckBox(tr("Offer a c&all about the decision"));
    m_feedback->setObjectName(QStringLiteral("feedbackCheck"));
    m_apply = new QPushButton(tr("A&pply to Draft"));
    m_apply->setObjectName(QStringLiteral("applyChoicesButton"));
    m_apply->setToolTip(tr("Writes the message again from the template with these choices."));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_heading);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_evidence);
    layout->addWidget(m_withheld);
    layout->addWidget(m_decidingFactor);
    layout->addWidget(m_feedback);
    layout->addWidget(m_apply, 0, Qt::AlignLeft);

    connect(m_list, &QListWidget::currentRowChanged, this, &StrengthChoices::showEvidence);
    connect(m_apply, &QPushButton::clicked, this, &StrengthChoices::applyRequested);
}

void StrengthChoices::setContext(const DraftContext& context, const DraftOptions& defaults) {
    m_list->clear();
    m_evidenceText.clear();
    for (const StrengthSuggestion& s : context.strengths) {
        auto* item = new QListWidgetItem(s.sentence, m_list);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable | Qt::ItemIsEditable);
        item->setCheckState(context.offersByDefault(s) ? Qt::Checked : Qt::Unchecked);
        const QString evidence =
            s.evidence.isEmpty()
                ? tr("%1: mean %2 over %n score(s); no evidence notes.", "", s.ratingCount)
                      .arg(s.criterionName, s.scoreText)
                : tr("%1: mean %2 over %n score(s). Evidence: %3", "", s.ratingCount)
                      .arg(s.criterionName, s.scoreText, s.evidence.join(QStringLiteral(" · ")));
        item->setToolTip(DisplayText::toolTip(evidence));
        m_evidenceText.append(evidence);
    }
    const bool any = !context.strengths.isEmpty();
    m_heading->setVisible(any);
    m_list->setVisible(any);
    m_evidence->setVisible(any);
    if (any)
        m_list->setCurrentRow(0);
    // The strengths rest on the cards the sender may see; say what is missing.
    m_withheld->setText(context.strengthsWithheld.text());
    m_withheld->setVisible(context.strengthsWithheld.any());
    // Offered only when the decision record allows sharing it.
    const bool shareable = !context.shareableDecidingCriteria.isEmpty();
    m_decidingFactor->setVisible(shareable);
    m_decidingFactor->setChecked(shareable);
    m_decidingFactor->setText(
        tr("Mention the &deciding factor (%1)")
            .arg(context.shareableDecidingCriteria.join(QStringLiteral(", "))));
    m_feedback->setChecked(defaults.feedbackOffered.value_or(
        context.isFinalist() || context.stage == TemplateStage::Interview));
}

DraftOptions StrengthChoices::options() const {
    DraftOptions o;
    o.feedbackOffered = m_feedback->isChecked();
    QStringList sentences;
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->checkState() == Qt::Checked)
            sentences.append(m_list->item(i)->text());
    }
    o.strengthSentences = sentences;
    return o;
}

bool StrengthChoices::shareDecidingFactor() const {
    // isHidden(), not isVisible(): the answer must not depend on the window being shown.
    return !m_decidingFactor->isHidden() && m_decidingFactor->isChecked();
}

void StrengthChoices::setReadOnly(bool readOnly) {
    m_list->setEnabled(!readOnly);
    m_decidingFactor->setEnabled(!readOnly);
    m_feedback->setEnabled(!readOnly);
    m_apply->setEnabled(!readOnly);
}

void StrengthChoices::showEvidence() {
    const int row = m_list->currentRow();
    m_evidence->setText(row >= 0 && row < m_evidenceText.size() ? m_evidenceText.at(row)
                                                                : QString());
}

} // namespace debrief
