#include "ReportExportDialog.h"

#include "DisplayText.h"

#include "DatabaseSession.h"
#include "WarningBox.h"
#include "files/OutputPaths.h"

#include "opening/PanelDirectory.h"
#include "report/ReportGenerator.h"
#include "report/ReportKind.h"
#include "report/ReportPageSetup.h"
#include "reporting/ReportDataLoader.h"
#include "storage/PipelineQuery.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

#include <algorithm>

namespace debrief {
namespace {

using report::ReportKinds;

/// Finalists first, so the packet people want is at the top.
QList<PipelineRow> byStage(QList<PipelineRow> rows) {
    std::stable_sort(rows.begin(), rows.end(), [](const PipelineRow& a, const PipelineRow& b) {
        const auto rank = [](PipelineStage s) {
            return isTerminal(s) ? -1 : int(s);
        };
        return rank(a.stage) > rank(b.stage);
    });
    return rows;
}

QString defaultFolder() {
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return documents.isEmpty() ? QDir::homePath() : documents;
}

} // namespace

ReportExportDialog::ReportExportDialog(DatabaseSession& session, RowId openingId,
                                       ScoreViewer viewer, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_openingId(openingId)
    , m_viewer(std::move(viewer)) {
    setObjectName(QStringLiteral("reportExportDialog"));
    setWindowTitle(tr("Export Report"));
    buildForm();
}

void ReportExportDialog::buildForm() {
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("reportKindCombo"));
    for (ReportKind kind : ReportKinds::all())
        m_kind->addItem(ReportKinds::label(kind), int(kind));
    m_description = new QLabel(this);
    m_description->setObjectName(QStringLiteral("reportDescription"));
    m_description->setWordWrap(true);
    m_candidate = new QComboBox(this);
    m_candidate->setObjectName(QStringLiteral("reportCandidateCombo"));
    m_pageSize = new QComboBox(this);
    m_pageSize->setObjectName(QStringLiteral("reportPageSizeCombo"));
    m_pageSize->addItem(tr("A4"), int(QPageSize::A4));
    m_pageSize->addItem(tr("Letter"), int(QPageSize::Letter));
    const QPageSize localeSize = report::ReportPageSetup::forLocale(locale()).pageSize;
    m_pageSize->setCurrentIndex(m_pageSize->findData(int(localeSize.id())));
    m_pdfA = new QCheckBox(tr("PDF/&A for archiving"), this);
    m_pdfA->setObjectName(QStringLiteral("reportPdfACheck"));
    m_file = new QLineEdit(this);
    m_file->setObjectName(QStringLiteral("reportFileEdit"));
    m_browse = new QPushButton(tr("&Browse…"), this);
    m_browse->setObjectName(QStringLiteral("reportBrowseButton"));
    connect(m_browse, &QPushButton::clicked, this, &ReportExportDialog::chooseFile);
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(m_browse);

    auto* form = new QFormLayout;
    form->addRow(tr("&Report:"), m_kind);
    form->addRow(QString(), m_description);
    form->addRow(tr("&Candidate:"), m_candidate);
    form->addRow(tr("Page &size:"), m_pageSize);
    form->addRow(QString(), m_pdfA);
    form->addRow(tr("&File:"), fileRow);
    static_cast<QLabel*>(form->labelForField(fileRow))->setBuddy(m_file);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_export = buttons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole);
    m_export->setObjectName(QStringLiteral("reportExportButton"));
    m_export->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (exportReport())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ReportExportDialog::kindChanged);
    connect(m_candidate, &QComboBox::currentIndexChanged, this, &ReportExportDialog::suggestFile);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(buttons);
    setMinimumWidth(520);
}

Status ReportExportDialog::load() {
    if (!m_session.isOpen())
        return Error{tr("No database is open.")};
    auto opening = PanelDirectory(m_session.database()).opening(m_openingId);
    if (!opening)
        return opening.error();
    m_openingTitle = opening->title;
    setWindowTitle(DisplayText::windowTitle(tr("Export Report: %1").arg(m_openingTitle)));
    auto rows = m_session.pipeline().rowsForOpening(m_openingId);
    if (!rows)
        return rows.error();
    m_candidate->clear();
    for (const PipelineRow& row : byStage(*rows))
        m_candidate->addItem(tr("%1 (%2)").arg(row.candidateName, toLabel(row.stage)),
                             QVariant::fromValue(row.applicationId));
    kindChanged();
    return {};
}

void ReportExportDialog::kindChanged() {
    const auto kind = ReportKind(m_kind->currentData().toInt());
    m_description->setText(ReportKinds::description(kind));
    m_candidate->setEnabled(ReportKinds::needsCandidate(kind));
    suggestFile();
}

void ReportExportDialog::suggestFile() {
    // Follow the choices only while the field holds our own suggestion.
    if (!m_file->text().isEmpty() && m_file->text() != m_suggested)
        return;
    const ReportRequest r = request();
    const QString candidate = ReportKinds::needsCandidate(r.kind)
                                  ? m_candidate->currentText().section(QStringLiteral(" ("), 0, 0)
                                  : QString();
    const QString folder =
        m_suggested.isEmpty() ? defaultFolder() : QFileInfo(m_suggested).absolutePath();
    m_suggested = QDir(folder).filePath(
        report::ReportGenerator::suggestedFileName(r, m_openingTitle, candidate));
    m_file->setText(m_suggested);
}

void ReportExportDialog::chooseFile() {
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Report"), filePath(),
                                                      tr("PDF documents (*.pdf)"));
    if (!path.isEmpty())
        m_file->setText(path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive)
                            ? path
                            : path + QStringLiteral(".pdf"));
}

QString ReportExportDialog::filePath() const {
    return m_file->text().trimmed();
}

ReportRequest ReportExportDialog::request() const {
    ReportRequest r;
    r.kind = ReportKind(m_kind->currentData().toInt());
    r.openingId = m_openingId;
    if (ReportKinds::needsCandidate(r.kind))
        r.applicationId = m_candidate->currentData().value<RowId>();
    r.viewer = m_viewer;
    // The PDF's author: whoever uses the app, as the scorecards know them.
    r.author = m_viewer.name;
    // A fixed clock (tests, screenshots) makes the footer reproducible too.
    const Clock& clock = m_session.clock();
    r.generatedAt =
        clock.isFixed() ? QDateTime(clock.today(), QTime(12, 0)) : QDateTime::currentDateTime();
    r.today = m_session.today();
    r.locale = locale();
    return r;
}

bool ReportExportDialog::exportReport() {
    const QString path = filePath();
    if (path.isEmpty()) {
        showError(tr("Choose the file to write the report to."));
        m_file->setFocus();
        return false;
    }
    const ReportRequest r = request();
    if (ReportKinds::needsCandidate(r.kind) && r.applicationId == kNoRow) {
        showError(tr("Choose the candidate the packet is about."));
        return false;
    }
    // Before any work, and so that the field keeps the text to correct.
    if (Status allowed = OutputPaths::check(path, m_session.filePath()); !allowed) {
        showError(allowed.errorMessage());
        m_file->setFocus();
        return false;
    }
    if (!prepareFolder(path))
        return false;
    report::ReportPageSetup setup = report::ReportPageSetup::forLocale(locale());
    setup.pageSize = QPageSize(QPageSize::PageSizeId(m_pageSize->currentData().toInt()));
    setup.pdfA = m_pdfA->isChecked();

    QProgressDialog progress(tr("Writing the report…"), tr("Cancel"), 0, 0, this);
    progress.setObjectName(QStringLiteral("reportProgress"));
    progress.setWindowTitle(tr("Export Report"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(0);
    progress.show();
    QApplication::processEvents();
    const auto onPage = [&progress](int done, int total) {
        progress.setMaximum(total);
        progress.setValue(done);
        progress.setLabelText(tr("Writing page %1 of %2…").arg(done).arg(total));
        QApplication::processEvents();
        return !progress.wasCanceled();
    };
    auto reportData = ReportDataLoader(m_session.database()).load(r);
    report::ReportGenerator generator;
    const Status written = reportData ? generator.write(*reportData, r, setup, path, onPage)
                                      : Status(reportData.error());
    const bool cancelled = progress.wasCanceled();
    progress.close();
    if (!written && !cancelled) {
        showError(tr("The report could not be written to %1.\n\n%2")
                      .arg(QDir::toNativeSeparators(path), written.errorMessage()));
        return false;
    }
    if (written)
        emit reportWritten(path);
    return written.ok();
}

bool ReportExportDialog::prepareFolder(const QString& path) {
    const QString folder = QFileInfo(path).absolutePath();
    // A new account may have no Documents folder yet; one the user typed
    // that is not there is more likely a typing mistake, and is reported.
    if (QFileInfo::exists(folder) || QFileInfo(folder) != QFileInfo(defaultFolder()))
        return true;
    if (QDir().mkpath(folder))
        return true;
    showError(tr("The folder %1 could not be created, so the report was not written.")
                  .arg(QDir::toNativeSeparators(folder)));
    return false;
}

void ReportExportDialog::showError(const QString& message) {
    // Window-modal and not blocking, so keyboard users and tests can close it.
    WarningBox::show(this, tr("Export Report"), message, QStringLiteral("reportErrorBox"));
}

} // namespace debrief
