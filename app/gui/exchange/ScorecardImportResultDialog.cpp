#include "ScorecardImportResultDialog.h"

#include "interchange/ScorecardPackageImporter.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace debrief {

ScorecardImportResultDialog::ScorecardImportResultDialog(QWidget* parent)
    : QDialog(parent)
    , m_headline(new QLabel)
    , m_details(new QTreeWidget) {
    setObjectName(QStringLiteral("scorecardImportResultDialog"));
    setWindowTitle(tr("Import Scorecards"));
    m_headline->setObjectName(QStringLiteral("importHeadline"));
    m_headline->setWordWrap(true);
    m_details->setObjectName(QStringLiteral("importDetails"));
    m_details->setHeaderHidden(true);
    m_details->setWordWrap(true);
    m_details->setAccessibleName(tr("Import details"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_headline);
    layout->addWidget(m_details, 1);
    layout->addWidget(buttons);
    resize(640, 420);
}

void ScorecardImportResultDialog::showSummary(const ScorecardImportSummary& summary) {
    const QString counts = tr("Inserted %1, unchanged %2, conflicts %3.")
                               .arg(summary.inserted.size())
                               .arg(summary.unchanged.size())
                               .arg(summary.conflicts.size());
    m_headline->setText(summary.written
                            ? counts
                            : tr("Nothing was imported: the file conflicts with scorecards "
                                 "already stored. %1")
                                  .arg(counts));
    m_details->clear();
    addGroup(tr("Conflicts"), summary.conflicts);
    addGroup(summary.written ? tr("Inserted") : tr("Would have been inserted"), summary.inserted);
    addGroup(tr("Already up to date"), summary.unchanged);
}

void ScorecardImportResultDialog::showErrors(const QStringList& errors) {
    m_headline->setText(
        tr("Nothing was imported: the file has %n problem(s).", nullptr, int(errors.size())));
    m_details->clear();
    addGroup(tr("Problems"), errors);
}

void ScorecardImportResultDialog::addGroup(const QString& title, const QStringList& lines) {
    if (lines.isEmpty())
        return;
    auto* group = new QTreeWidgetItem(m_details, {tr("%1 (%2)").arg(title).arg(lines.size())});
    for (const QString& line : lines)
        new QTreeWidgetItem(group, {line});
    group->setExpanded(true);
}

} // namespace debrief
