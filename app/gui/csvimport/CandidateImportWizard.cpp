#include "CandidateImportWizard.h"

#include "CandidateImportDraft.h"
#include "CsvFilePage.h"
#include "CsvMappingPage.h"
#include "CsvPreviewPage.h"
#include "DatabaseSession.h"
#include "WarningBox.h"

#include "csv/CandidateCsvImport.h"

#include <QUndoStack>

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
    auto written = CandidateCsvImport::write(m_session.database(), m_draft->openingId(), plan);
    if (!written) {
        showError(written.errorMessage());
        return;
    }
    const int count = written->count();
    if (m_undoStack) {
        m_undoStack->push(new CsvImportUndoCommand(m_session, m_draft->openingId(), plan,
                                                   std::move(written).value(), m_draft->fileName(),
                                                   m_hooks));
    }
    if (m_hooks.changed)
        m_hooks.changed();
    emit imported(count);
    QWizard::accept();
}

void CandidateImportWizard::showError(const QString& message) {
    WarningBox::show(this, windowTitle(), tr("Nothing was imported. %1").arg(message),
                     QStringLiteral("csvImportError"));
}

} // namespace debrief
