#include "CsvImportUndoCommand.h"

#include "DatabaseSession.h"

namespace debrief {

CsvImportUndoCommand::CsvImportUndoCommand(DatabaseSession& session, RowId openingId,
                                           CsvImportSource source, CandidateImportOutcome written,
                                           const QString& fileName, CsvImportHooks hooks)
    : QUndoCommand(tr("Import %n candidate(s) from %1", "", written.count()).arg(fileName))
    , m_session(session)
    , m_openingId(openingId)
    , m_source(std::move(source))
    , m_outcome(std::move(written))
    , m_hooks(std::move(hooks)) {
}

void CsvImportUndoCommand::redo() {
    // The first redo() is the push: the rows were written just before.
    if (m_written)
        return;
    if (!m_session.isOpen())
        return fail(tr("No database is open."));
    const CandidateImportPlan& plan = m_source.plan;
    auto written = [&] {
        if (plan.hasEveryRow())
            return CandidateCsvImport::write(m_session.database(), m_openingId, plan);
        const std::unique_ptr<QIODevice> file = m_source.open();
        return CandidateCsvImport::write(m_session.database(), m_openingId, *file, m_source.reading,
                                         plan);
    }();
    if (!written)
        return fail(written.errorMessage());
    m_outcome = std::move(written).value();
    m_written = true;
    if (m_hooks.changed)
        m_hooks.changed();
}

void CsvImportUndoCommand::undo() {
    if (!m_session.isOpen())
        return fail(tr("No database is open."));
    if (Status reverted = CandidateCsvImport::revert(m_session.database(), m_outcome); !reverted)
        return fail(reverted.errorMessage());
    m_written = false;
    if (m_hooks.changed)
        m_hooks.changed();
}

void CsvImportUndoCommand::fail(const QString& message) {
    // An obsolete command is dropped by the stack right after this call, so
    // undo and redo go on with the steps around it.
    setObsolete(true);
    if (m_hooks.report)
        m_hooks.report(tr("%1 could not be carried out: %2").arg(text(), message));
}

} // namespace debrief
