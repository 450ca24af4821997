#include "CandidateImportWizard.h"

#include "CandidateImportDraft.h"
#include "CsvFilePage.h"
#include "CsvMappingPage.h"
#include "CsvPreviewPage.h"
#include "DatabaseSession.h"
#include "WarningBox.h"

#include "csv/CandidateCsvImport.h"

#include <QCoreApplication>
#include <QProgressDialog>
#include <QUndoStack>

#include <algorithm>

namespace debrief {

CandidateImportWizard::CandidateImportWizard(DatabaseSession& session, RowId openingId,
                                             QWidget* parent)
    : QWizard(parent)
    , m_session(session)
    , m_draft(new CandidateImportDraft(session, openingId, this)) {
    setObjectName(QStringLiteral("candidateImportWizard"));
    setWindowTitle(tr("Import Candidates from CSV"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setButtonText(QWizard::FinishButton, tr("&Import"));
    m_filePage = new CsvFilePage(*m_draft);
    setPage(FilePage, m_filePage);
    setPage(MappingPage, new CsvMappingPage(*m_draft));
    setPage(PreviewPage, new CsvPreviewPage(*m_draft));
    resize(900, 640);
}

void CandidateImportWizard::setUndoStack(QUndoStack* stack, CsvImportHooks hooks) {
    m_undoStack = stack;
    m_hooks = std::move(hooks);
    if (!stack) {
        page(PreviewPage)
            ->setSubTitle(
                tr("Nothing has been written yet. Import adds the rows marked “Added” to the "
                   "opening in one step; it cannot be undone here."));
    }
}

Status CandidateImportWizard::prepare() {
    return m_draft->loadStoredCandidates();
}

void CandidateImportWizard::loadFile(const QString& path) {
    m_filePage->loadPath(path);
}

void CandidateImportWizard::accept() {
    // Finish is enabled only without blocking errors; check again anyway,
    // since the plan is what gets written.
    const CandidateImportPlan plan = m_draft->plan();
    if (!m_session.isOpen() || plan.hasErrors() || m_draft->importCount() == 0)
        return;
    bool cancelled = false;
    auto written = writeWithProgress(plan, cancelled);
    if (cancelled)
        return; // Nothing was written; the wizard stays as it was.
    if (!written) {
        showError(written.errorMessage());
        return;
    }
    const int count = written->count();
    if (m_undoStack) {
        const CandidateImportDraft* draft = m_draft;
        CsvImportSource source{draft->reading(), plan, draft->sourceOpener()};
        m_undoStack->push(new CsvImportUndoCommand(m_session, m_draft->openingId(),
                                                   std::move(source), std::move(written).value(),
                                                   m_draft->fileName(), m_hooks));
    }
    if (m_hooks.changed)
        m_hooks.changed();
    emit imported(count);
    QWizard::accept();
}

Result<CandidateImportOutcome>
CandidateImportWizard::writeWithProgress(const CandidateImportPlan& plan, bool& cancelled) {
    // Shown only when the write takes a while; Cancel rolls everything back.
    QProgressDialog progress(tr("Importing %n candidate(s)…", "", m_draft->importCount()),
                             tr("Cancel"), 0, kProgressSteps, this);
    progress.setObjectName(QStringLiteral("csvImportProgress"));
    progress.setWindowTitle(windowTitle());
    progress.setWindowModality(Qt::WindowModal);
    // A file larger than the preview shows it at once; a small one only
    // if the write is slow.
    progress.setMinimumDuration(400);
    if (!plan.hasEveryRow())
        progress.show();
    const std::unique_ptr<QIODevice> source = m_draft->openSource();
    return CandidateCsvImport::write(
        m_session.database(), m_draft->openingId(), *source, m_draft->reading(), plan,
        [&](const CandidateImportProgress& done) {
            const qint64 total = std::max<qint64>(done.totalBytes, 1);
            progress.setValue(static_cast<int>(done.bytesRead * kProgressSteps / total));
            QCoreApplication::processEvents();
            cancelled = progress.wasCanceled();
            return !cancelled;
        });
}

void CandidateImportWizard::showError(const QString& message) {
    WarningBox::show(this, windowTitle(), tr("Nothing was imported. %1").arg(message),
                     QStringLiteral("csvImportError"));
}

} // namespace debrief
