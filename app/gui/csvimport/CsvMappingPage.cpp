#include "CsvMappingPage.h"

#include "CandidateImportDraft.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace debrief {

CsvMappingPage::CsvMappingPage(CandidateImportDraft& draft, QWidget* parent)
    : QWizardPage(parent)
    , m_draft(draft) {
    setTitle(tr("Match the Columns"));
    setSubTitle(tr("Choose which column of the file fills each field. Fields marked * are "
                   "required."));

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    for (const CandidateField field : CandidateColumnMapping::allFields()) {
        auto* combo = new QComboBox;
        combo->setObjectName(QStringLiteral("mapping_") + CandidateColumnMapping::key(field));
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        auto* example = new QLabel;
        example->setObjectName(QStringLiteral("mappingExample_") +
                               CandidateColumnMapping::key(field));
        example->setTextFormat(Qt::PlainText);
        example->setForegroundRole(QPalette::PlaceholderText);
        auto* row = new QHBoxLayout;
        row->addWidget(combo);
        row->addWidget(example, 1);
        const bool required = CandidateColumnMapping::isRequired(field);
        auto* label = new QLabel(required ? tr("%1 *").arg(CandidateColumnMapping::label(field))
                                          : CandidateColumnMapping::label(field));
        label->setBuddy(combo);
        if (required) {
            QFont bold = label->font();
            bold.setBold(true);
            label->setFont(bold);
            combo->setAccessibleDescription(tr("Required"));
        }
        form->addRow(label, row);
        m_combos.insert(field, combo);
        m_examples.insert(field, example);
        connect(combo, &QComboBox::activated, this, [this, field] { choose(field); });
    }
    m_missing = new QLabel;
    m_missing->setObjectName(QStringLiteral("mappingMissingLabel"));
    m_missing->setWordWrap(true);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_missing);
    layout->addStretch(1);
    connect(&m_draft, &CandidateImportDraft::planChanged, this, &CsvMappingPage::showExamples);
}

void CsvMappingPage::initializePage() {
    fillCombos();
    showExamples();
}

void CsvMappingPage::fillCombos() {
    const QStringList& header = m_draft.table().header;
    for (auto it = m_combos.cbegin(); it != m_combos.cend(); ++it) {
        QComboBox* combo = it.value();
        const QSignalBlocker blocker(combo);
        combo->clear();
        combo->addItem(tr("(not imported)"), -1);
        for (int col = 0; col < header.size(); ++col) {
            const QString name = header.at(col).isEmpty() ? tr("(no name)") : header.at(col);
            combo->addItem(tr("%1 (column %2)").arg(name).arg(col + 1), col);
        }
        combo->setCurrentIndex(combo->findData(m_draft.mapping().column(it.key())));
    }
}

void CsvMappingPage::showExamples() {
    // The first row's value beside each choice shows whether it fits.
    const CsvTable& table = m_draft.table();
    const QStringList first =
        table.records.isEmpty() ? QStringList() : table.records.first().fields;
    for (auto it = m_examples.cbegin(); it != m_examples.cend(); ++it) {
        const QString value = first.value(m_draft.mapping().column(it.key())).simplified();
        it.value()->setText(value.isEmpty() ? QString() : tr("e.g. %1").arg(value.left(40)));
    }
    QStringList missing;
    for (const CandidateField field : m_draft.mapping().missingRequired())
        missing.append(CandidateColumnMapping::label(field));
    m_missing->setText(missing.isEmpty() ? QString()
                                         : tr("Without a column for %1 nothing can be imported.")
                                               .arg(missing.join(tr(" and "))));
}

void CsvMappingPage::choose(CandidateField field) {
    m_draft.setColumns(field, {m_combos.value(field)->currentData().toInt()});
}

} // namespace debrief
