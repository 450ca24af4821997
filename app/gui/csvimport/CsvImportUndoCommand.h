#pragma once

#include "csv/CandidateCsvImport.h"
#include "csv/CandidateImportPlan.h"
#include "domain/RowId.h"

#include <QCoreApplication>
#include <QUndoCommand>

#include <QIODevice>

#include <functional>
#include <memory>

namespace debrief {

class DatabaseSession;

/// What an import tells the window: the data changed (reload the lists), or
/// an undo or redo failed (say why).
struct CsvImportHooks {
    std::function<void()> changed;
    std::function<void(const QString&)> report;
};

/// What a redo writes again: the plan (every row of a small file), else
/// the file read again as the preview read it.
struct CsvImportSource {
    CandidateCsvReading reading;
    CandidateImportPlan plan;
    std::function<std::unique_ptr<QIODevice>()> open;
};

/// A candidate CSV import as one undo step. It is pushed after the import
/// was written (so a failed write never reaches the stack); undo removes
/// exactly the candidates and applications it wrote, redo writes the same
/// rows again. When that is no longer possible (records were added to the
/// imported candidates since) the step says why and leaves the stack.
class CsvImportUndoCommand : public QUndoCommand {
    Q_DECLARE_TR_FUNCTIONS(CsvImportUndoCommand)

public:
    CsvImportUndoCommand(DatabaseSession& session, RowId openingId, CsvImportSource source,
                         CandidateImportOutcome written, const QString& fileName,
                         CsvImportHooks hooks);

    void undo() override;
    void redo() override;

    const CandidateImportOutcome& outcome() const { return m_outcome; }

private:
    void fail(const QString& message);

    DatabaseSession& m_session;
    RowId m_openingId;
    CsvImportSource m_source;
    CandidateImportOutcome m_outcome;
    CsvImportHooks m_hooks;
    bool m_written = true;
};

} // namespace debrief
