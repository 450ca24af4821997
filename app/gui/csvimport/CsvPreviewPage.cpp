#include "CsvPreviewPage.h"

#include "CandidateImportDraft.h"
#include "CsvPreviewModel.h"

#include "csv/CsvIssueText.h"

#include <QApplication>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

namespace debrief {
namespace {

constexpr int kLineRole = Qt::UserRole + 1;

} // namespace

CsvPreviewPage::CsvPreviewPage(CandidateImportDraft& draft, QWidget* parent)
    : QWizardPage(parent)
    , m_draft(draft)
    , m_model(new CsvPreviewModel(this)) {
    setTitle(tr("Check and Import"));
    setSubTitle(tr("Nothing has been written yet. Import adds the rows marked “Added” to the "
                   "opening in one step; Edit › Undo takes the whole import back."));
    setCommitPage(false);

    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("csvSummaryLabel"));
    m_summary->setWordWrap(true);
    QFont bold = m_summary->font();
    bold.setBold(true);
    m_summary->setFont(bold);

    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("csvPreviewTable"));
    m_table->setAccessibleName(tr("Rows to import"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // Notes, the last column, takes the width left rather than its text's.
    m_table->horizontalHeader()->setSectionResizeMode(m_model->columnCount() - 1,
                                                      QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);

    m_problems = new QListWidget;
    m_problems->setObjectName(QStringLiteral("csvProblemList"));
    m_problems->setWordWrap(true);
    m_problems->setTextElideMode(Qt::ElideNone);
    const int icon = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_problems->setIconSize(QSize(icon, icon));
    m_problemsHeading = new QLabel;
    m_problemsHeading->setBuddy(m_problems);

    auto* problemsPanel = new QWidget;
    auto* problemsLayout = new QVBoxLayout(problemsPanel);
    problemsLayout->setContentsMargins(0, 0, 0, 0);
    problemsLayout->addWidget(m_problemsHeading);
    problemsLayout->addWidget(m_problems);
    auto* splitter = new QSplitter(Qt::Vertical);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_table);
    splitter->addWidget(problemsPanel);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(splitter, 1);

    connect(&m_draft, &CandidateImportDraft::planChanged, this, &CsvPreviewPage::showPlan);
    connect(m_problems, &QListWidget::currentItemChanged, this, &CsvPreviewPage::showProblemRow);
}

void CsvPreviewPage::initializePage() {
    showPlan();
}

bool CsvPreviewPage::isComplete() const {
    return m_draft.hasContent() && !m_draft.plan().hasErrors() && m_draft.importCount() > 0;
}

QString CsvPreviewPage::summary() const {
    const CandidateImportPlan& plan = m_draft.plan();
    QStringList parts{tr("%n candidate(s) will be added", "", m_draft.importCount())};
    if (const int known = plan.existingCandidateCount(); known > 0)
        parts.last() += tr(" (%n already known from another opening)", "", known);
    parts.append(tr("%n duplicate(s) skipped", "", plan.duplicateCount()));
    const int errors = plan.blockingErrorCount();
    parts.append(tr("%n blocking error(s)", "", errors));
    QString text = parts.join(tr(", "));
    if (errors > 0)
        text += tr(". Fix the file (or the choices on the earlier pages) to import.");
    if (!plan.hasEveryRow()) {
        // A sentence of its own after the counts.
        if (errors == 0)
            text += QLatin1Char('.');
        text += QLatin1Char(' ') +
                tr("The table shows the first %n row(s).", "", static_cast<int>(plan.rows.size()));
    }
    return text;
}

void CsvPreviewPage::showPlan() {
    const CandidateImportPlan& plan = m_draft.plan();
    m_model->setPlan(plan);
    hideUnmappedColumns();
    m_summary->setText(summary());

    m_problems->clear();
    QStyle* style = QApplication::style();
    // The first problems by line; a file with a million bad rows lists a
    // screenful and counts the rest.
    const CsvIssueText::Digest digest =
        CsvIssueText::digest(plan.issues, plan.errors, plan.warnings);
    for (const CsvIssue& issue : digest.listed) {
        auto* item =
            new QListWidgetItem(CsvIssueText::describe(issue, m_draft.table().header), m_problems);
        item->setIcon(style->standardIcon(issue.isError() ? QStyle::SP_MessageBoxCritical
                                                          : QStyle::SP_MessageBoxWarning));
        item->setData(kLineRole, issue.line);
        item->setToolTip(issue.isError() ? tr("Blocks the import") : tr("Warning"));
    }
    if (const QString more = CsvIssueText::more(digest); !more.isEmpty()) {
        auto* item = new QListWidgetItem(more, m_problems);
        item->setFlags(Qt::ItemIsEnabled);
    }
    m_problemsHeading->setText(plan.issueCount() == 0
                                   ? tr("&Problems: none")
                                   : tr("&Problems (%n):", "", plan.issueCount()));
    emit completeChanged();
}

void CsvPreviewPage::hideUnmappedColumns() {
    for (int column = CsvPreviewModel::FirstField; column < m_model->columnCount(); ++column) {
        const CandidateField field = CsvPreviewModel::fieldOf(column);
        // The date is always stored (today when not mapped), so it always shows.
        const bool shown =
            field == CandidateField::AppliedOn || m_draft.mapping().column(field) >= 0;
        m_table->setColumnHidden(column, !shown);
    }
}

void CsvPreviewPage::showProblemRow(QListWidgetItem* item) {
    const int row = item ? m_model->rowOfLine(item->data(kLineRole).toInt()) : -1;
    if (row >= 0)
        m_table->selectRow(row);
}

} // namespace debrief
