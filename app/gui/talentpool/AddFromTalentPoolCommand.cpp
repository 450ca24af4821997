#include "AddFromTalentPoolCommand.h"

#include "DatabaseSession.h"

#include "storage/ApplicationRepository.h"
#include "storage/RecordUuid.h"
#include "storage/TransactionGuard.h"

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
    Database& db = m_context.session->database();
    TransactionGuard tx(db);
    if (!tx.begun())
        return tx.begun();
    ApplicationRepository repository(db);
    for (Application& application : m_applications) {
        application.id = kNoRow;
        if (Status stored = repository.insert(application); !stored)
            return stored;
    }
    return tx.commit();
}

Status AddFromTalentPoolCommand::removeAll() {
    Database& db = m_context.session->database();
    TransactionGuard tx(db);
    if (!tx.begun())
        return tx.begun();
    ApplicationRepository repository(db);
    for (const Application& application : m_applications) {
        auto found = repository.findByUuid(application.uuid);
        if (!found)
            return found.error();
        if (!found->has_value())
            continue; // already gone
        if (Status removed = repository.remove((*found)->id); !removed)
            return removed;
    }
    return tx.commit();
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
