#pragma once

#include "CsvImportUndoCommand.h"
#include "Result.h"
#include "domain/RowId.h"

#include <QWizard>

class QUndoStack;

namespace debrief {

class CandidateImportDraft;
class CsvFilePage;
class DatabaseSession;

/// Imports candidates from a CSV file into one opening in three steps:
/// the file and how it reads, the column mapping, and a preview with every
/// problem by line and column. Import writes all rows in one transaction
/// (with a progress bar and Cancel for a large file) and puts one step on
/// the undo stack; Cancel writes nothing.
class CandidateImportWizard : public QWizard {
    Q_OBJECT

public:
    enum Page { FilePage, MappingPage, PreviewPage };

    CandidateImportWizard(DatabaseSession& session, RowId openingId, QWidget* parent = nullptr);

    /// Where the import goes as an undo step; without a stack it cannot be
    /// undone (and the last page says so).
    void setUndoStack(QUndoStack* stack, CsvImportHooks hooks);
    /// Reads the stored candidates; an error means the wizard cannot work.
    Status prepare();
    /// Reads a file as if the user had chosen it on the first page.
    void loadFile(const QString& path);
    CandidateImportDraft& draft() { return *m_draft; }

    void accept() override;

signals:
    /// The import was written (`count` applications).
    void imported(int count);

private:
    /// The progress bar's steps (per mille of the file read).
    static constexpr int kProgressSteps = 1000;
    /// Writes with a progress dialog; `cancelled` says the user stopped it.
    Result<CandidateImportOutcome> writeWithProgress(const CandidateImportPlan& plan,
                                                     bool& cancelled);
    void showError(const QString& message);

    DatabaseSession& m_session;
    CandidateImportDraft* m_draft = nullptr;
    CsvFilePage* m_filePage = nullptr;
    QUndoStack* m_undoStack = nullptr;
    CsvImportHooks m_hooks;
};

} // namespace debrief
