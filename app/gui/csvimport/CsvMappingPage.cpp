#include "CsvMappingPage.h"

#include "CandidateImportDraft.h"

#include "csv/CandidateCsvImport.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace debrief {
namespace {

void fillColumns(QComboBox* combo, const QStringList& header, const QString& none) {
    const QSignalBlocker blocker(combo);
    combo->clear();
    combo->addItem(none, -1);
    for (int col = 0; col < header.size(); ++col) {
        const QString name =
            header.at(col).isEmpty() ? CsvMappingPage::tr("(no name)") : header.at(col);
        combo->addItem(CsvMappingPage::tr("%1 (column %2)").arg(name).arg(col + 1), col);
    }
}

} // namespace

CsvMappingPage::CsvMappingPage(CandidateImportDraft& draft, QWidget* parent)
    : QWizardPage(parent)
    , m_draft(draft) {
    setTitle(tr("Match the Columns"));
    setSubTitle(tr("Choose which column of the file fills each field. Fields marked * are "
                   "required. A name kept in two columns is joined: first name + last name."));

    m_nameJoin = new QComboBox;
    m_nameJoin->setObjectName(QStringLiteral("mapping_name_join"));
    m_nameJoin->setAccessibleName(tr("Joined with column"));
    m_nameJoin->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_nameJoin, &QComboBox::activated, this, [this] { choose(CandidateField::FullName); });
    m_dateOrder = new QComboBox;
    m_dateOrder->setObjectName(QStringLiteral("mapping_date_order"));
    m_dateOrder->setAccessibleName(tr("Order of day and month"));
    m_dateOrder->addItem(tr("Day and month order from the file"),
                         static_cast<int>(DateOrder::Detect));
    m_dateOrder->addItem(tr("Day first (31/12/2026)"), static_cast<int>(DateOrder::DayFirst));
    m_dateOrder->addItem(tr("Month first (12/31/2026)"), static_cast<int>(DateOrder::MonthFirst));
    connect(m_dateOrder, &QComboBox::activated, this, [this] {
        m_draft.setDateOrder(static_cast<DateOrder>(m_dateOrder->currentData().toInt()));
    });

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
        if (field == CandidateField::FullName) {
            row->addWidget(new QLabel(tr("+")));
            row->addWidget(m_nameJoin);
        } else if (field == CandidateField::AppliedOn) {
            row->addWidget(m_dateOrder);
        }
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
    m_missing->setTextFormat(Qt::PlainText);
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
    const CandidateColumnMapping& mapping = m_draft.mapping();
    for (auto it = m_combos.cbegin(); it != m_combos.cend(); ++it) {
        fillColumns(it.value(), header, tr("(not imported)"));
        it.value()->setCurrentIndex(it.value()->findData(mapping.column(it.key())));
    }
    fillColumns(m_nameJoin, header, tr("(nothing)"));
    m_nameJoin->setCurrentIndex(
        m_nameJoin->findData(mapping.columns(CandidateField::FullName).value(1, -1)));
    const QSignalBlocker blocker(m_dateOrder);
    m_dateOrder->setCurrentIndex(m_dateOrder->findData(static_cast<int>(mapping.dateOrder())));
}

void CsvMappingPage::showExamples() {
    // The first row's value beside each choice shows whether it fits.
    const CsvTable& table = m_draft.table();
    const CsvRecord first = table.records.isEmpty() ? CsvRecord{} : table.records.first();
    for (auto it = m_examples.cbegin(); it != m_examples.cend(); ++it) {
        const QString value =
            CandidateCsvImport::fieldValue(first, m_draft.mapping().columns(it.key())).simplified();
        it.value()->setText(value.isEmpty() ? QString() : tr("e.g. %1").arg(value.left(40)));
    }
    QStringList problems;
    QStringList missing;
    for (const CandidateField field : m_draft.mapping().missingRequired())
        missing.append(CandidateColumnMapping::label(field));
    if (!missing.isEmpty()) {
        problems.append(
            tr("Without a column for %1 nothing can be imported.").arg(missing.join(tr(" and "))));
    }
    for (const auto& ambiguity : m_draft.mapping().ambiguities()) {
        problems.append(tr("Several columns could be %1: choose the one to use.")
                            .arg(CandidateColumnMapping::label(ambiguity.field)));
    }
    m_missing->setText(problems.join(QLatin1Char('\n')));
}

void CsvMappingPage::choose(CandidateField field) {
    QList<int> columns{m_combos.value(field)->currentData().toInt()};
    if (field == CandidateField::FullName)
        columns.append(m_nameJoin->currentData().toInt());
    m_draft.setColumns(field, columns);
}

} // namespace debrief
