#include "AddFromTalentPoolCommand.h"

#include "DatabaseSession.h"

#include "correspondence/TalentPoolAdmission.h"
#include "storage/RecordUuid.h"

namespace debrief {

AddFromTalentPoolCommand::AddFromTalentPoolCommand(Context context, RowId openingId,
                                                   const QString& openingTitle,
                                                   const QList<TalentPoolEntry>& chosen,
                                                   const QDate& today)
    : QUndoCommand(tr("Add %n candidate(s) from the talent pool to “%1”", "",
                      static_cast<int>(chosen.size()))
                       .arg(openingTitle))
    , m_context(std::move(context))
    , m_openingId(openingId) {
    for (const TalentPoolEntry& entry : chosen) {
        Application application;
        application.uuid = RecordUuid::create();
        application.candidateId = entry.candidateId;
        application.openingId = openingId;
        application.stage = PipelineStage::Applied;
        application.furthestStage = PipelineStage::Applied;
        application.appliedOn = today;
        // Where they came from, for the panel: not a message to the candidate.
        application.notes = tr("Suggested from the talent pool: got as far as %1 for %2.")
                                .arg(toLabel(entry.furthestStage), entry.openingTitle);
        m_applications.append(application);
    }
}

Status AddFromTalentPoolCommand::insertAll() {
    return TalentPoolAdmission(m_context.session->database()).admit(m_applications);
}

Status AddFromTalentPoolCommand::removeAll() {
    return TalentPoolAdmission(m_context.session->database()).withdraw(m_applications);
}

void AddFromTalentPoolCommand::redo() {
    const bool first = !m_tried;
    m_tried = true;
    if (!m_context.session->isOpen())
        return;
    if (Status added = insertAll(); !added) {
        if (first)
            setObsolete(true); // nothing was written: nothing to undo
        m_context.report(added.errorMessage());
        return;
    }
    m_context.showOpening(m_openingId);
}

void AddFromTalentPoolCommand::undo() {
    if (!m_context.session->isOpen())
        return;
    if (Status removed = removeAll(); !removed) {
        m_context.report(removed.errorMessage());
        return;
    }
    m_context.showOpening(m_openingId);
}

} // namespace debrief
