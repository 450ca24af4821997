#include "PipelineCommands.h"

#include "AddCandidateCommand.h"
#include "ApplicationEditCommand.h"
#include "DatabaseSession.h"
#include "ReferenceEditCommand.h"

#include "pipeline/CandidateRecords.h"
#include "pipeline/PipelineWorkflow.h"
#include "storage/RecordUuid.h"

#include <QScopedValueRollback>
#include <QTimer>
#include <QUndoStack>

namespace debrief {
namespace {

QDateTime now() {
    return QDateTime::currentDateTimeUtc();
}

} // namespace

PipelineCommands::PipelineCommands(DatabaseSession& session, QUndoStack& stack, Actor actor,
                                   QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_stack(stack)
    , m_actor(std::move(actor)) {
    if (!m_actor)
        m_actor = [] {
            return QString();
        };
}

std::optional<PipelineCommands::Subject> PipelineCommands::load(const Application& shown) {
    if (!m_session.isOpen() || shown.id == kNoRow)
        return std::nullopt;
    auto found = CandidateRecords(m_session.database()).applicationByUuid(shown.uuid);
    if (!found) {
        fail(found.errorMessage());
        return std::nullopt;
    }
    if (!found->has_value())
        return std::nullopt; // gone, or shown from another database
    const Application& application = **found;
    auto candidate = CandidateRecords(m_session.database()).candidate(application.candidateId);
    if (!candidate) {
        fail(candidate.errorMessage());
        return std::nullopt;
    }
    return Subject{application, candidate->fullName};
}

void PipelineCommands::pushChange(const Application& shown, int readVersion,
                                  const std::function<ApplicationChange(const Application&)>& make,
                                  const std::function<QString(const Subject&)>& text) {
    const auto subject = load(shown);
    if (!subject)
        return;
    const Application& stored = subject->application;
    const ApplicationChange after = make(stored);
    if (after.isNoOpOn(stored))
        return;
    push(new ApplicationEditCommand(*this, stored.uuid, after.reverseOn(stored), after, readVersion,
                                    text(*subject)));
}

void PipelineCommands::moveToStage(const Application& shown, PipelineStage stage) {
    // The stage picked in the editor, next to the facts the user read:
    // refused when the application changed since, like any other edit.
    pushChange(
        shown, shown.rowVersion,
        [stage](const Application& stored) { return PipelineWorkflow::moveTo(stored, stage); },
        [stage](const Subject& subject) {
            return tr("Move %1 to %2").arg(subject.candidateName, toLabel(stage));
        });
}

void PipelineCommands::changePromisedDate(const Application& shown, const QDate& date) {
    pushChange(
        shown, shown.rowVersion,
        [date](const Application&) {
            ApplicationChange change;
            change.promisedResponseDate = date.isValid() ? date : QDate();
            return change;
        },
        [date](const Subject& subject) {
            return date.isValid() ? tr("Change promised date of %1").arg(subject.candidateName)
                                  : tr("Clear promised date of %1").arg(subject.candidateName);
        });
}

void PipelineCommands::changeNotes(const Application& shown, const QString& notes) {
    pushChange(
        shown, shown.rowVersion,
        [notes](const Application&) {
            ApplicationChange change;
            change.notes = notes;
            return change;
        },
        [](const Subject& subject) { return tr("Edit notes of %1").arg(subject.candidateName); });
}

void PipelineCommands::keepChange(const Application& theirs, const ApplicationChange& mine) {
    pushChange(
        theirs, theirs.rowVersion, [mine](const Application&) { return mine; },
        [](const Subject& subject) {
            return tr("Keep your edit of %1").arg(subject.candidateName);
        });
}

void PipelineCommands::showStored(const QUuid& applicationUuid) {
    if (const RowId id = applicationIdOf(applicationUuid); id != kNoRow)
        emit applicationChanged(id);
}

void PipelineCommands::addReference(const Application& shown, Reference reference) {
    const auto subject = load(shown);
    if (!subject)
        return;
    // Fixed now, so undo can remove and redo restore this very reference.
    reference.uuid = RecordUuid::create();
    reference.id = kNoRow;
    push(new ReferenceEditCommand(*this, subject->application.uuid, std::nullopt, reference,
                                  tr("Add reference for %1").arg(subject->candidateName)));
}

void PipelineCommands::editReference(const Application& shown, const Reference& changed) {
    const auto subject = load(shown);
    if (!subject)
        return;
    auto stored = CandidateRecords(m_session.database()).referenceByUuid(changed.uuid);
    if (!stored || !stored->has_value()) {
        fail(stored ? tr("The reference no longer exists.") : stored.errorMessage());
        return;
    }
    if (PipelineWorkflow::differences(**stored, changed).isEmpty())
        return;
    push(new ReferenceEditCommand(*this, subject->application.uuid, **stored, changed,
                                  tr("Edit reference for %1").arg(subject->candidateName)));
}

void PipelineCommands::removeReference(const Application& shown, const Reference& reference) {
    const auto subject = load(shown);
    if (!subject)
        return;
    push(new ReferenceEditCommand(*this, subject->application.uuid, reference, std::nullopt,
                                  tr("Remove reference for %1").arg(subject->candidateName)));
}

void PipelineCommands::addCandidate(RowId openingId, const NewCandidate& input) {
    push(new AddCandidateCommand(*this, openingId, input,
                                 tr("Add candidate %1").arg(input.fullName.trimmed())));
}

void PipelineCommands::push(QUndoCommand* command) {
    if (m_applying > 0) {
        // A view refreshing after a change asked for another one (e.g. the
        // notes of the candidate it is leaving); a push inside the stack's
        // own redo or undo would corrupt its order, so it waits.
        QTimer::singleShot(0, this, [this, command] { m_stack.push(command); });
        return;
    }
    m_stack.push(command);
}

bool PipelineCommands::fail(const QString& message) {
    emit errorOccurred(message);
    return false;
}

RowId PipelineCommands::applicationIdOf(const QUuid& uuid) {
    auto found = CandidateRecords(m_session.database()).applicationByUuid(uuid);
    return found && found->has_value() ? (*found)->id : kNoRow;
}

bool PipelineCommands::applyChange(const QUuid& applicationUuid, const ApplicationChange& change,
                                   int readVersion) {
    if (!m_session.isOpen())
        return false;
    const QScopedValueRollback applying(m_applying, m_applying + 1);
    Application stored;
    auto changed = PipelineWorkflow(m_session.database())
                       .change(applicationUuid, change, readVersion, m_actor(), now(), &stored);
    if (changed.isStale()) {
        emit applicationConflict(applicationUuid, change, changed.current());
        return false;
    }
    if (!changed)
        return fail(changed.errorMessage());
    emit applicationStored(stored);
    emit applicationChanged(stored.id);
    return true;
}

bool PipelineCommands::restoreChange(const QUuid& applicationUuid, const ApplicationChange& from,
                                     const ApplicationChange& to) {
    if (!m_session.isOpen())
        return false;
    const QScopedValueRollback applying(m_applying, m_applying + 1);
    auto restored =
        PipelineWorkflow(m_session.database()).restore(applicationUuid, from, to, m_actor(), now());
    if (!restored)
        return fail(restored.errorMessage());
    emit applicationChanged(applicationIdOf(applicationUuid));
    return true;
}

bool PipelineCommands::applyReference(const QUuid& applicationUuid,
                                      const std::optional<Reference>& from,
                                      const std::optional<Reference>& to, bool edit) {
    if (!m_session.isOpen())
        return false;
    const QScopedValueRollback applying(m_applying, m_applying + 1);
    PipelineWorkflow workflow(m_session.database());
    const QString actor = m_actor();
    Status done;
    if (!from && to) {
        auto added = workflow.addReference(applicationUuid, *to, actor, now());
        done = added ? Status() : Status(added.error());
    } else if (from && !to) {
        done = workflow.removeReference(from->uuid, actor, now());
    } else if (from && to && edit) {
        Reference mine = *to;
        auto saved = workflow.updateReference(mine, actor, now());
        if (saved.isStale()) {
            // The list shows the saved version behind the conflict.
            emit applicationChanged(applicationIdOf(applicationUuid));
            emit referenceConflict(*to, saved.current());
            return false;
        }
        done = saved;
    } else if (from && to) {
        done = workflow.restoreReference(*from, *to, actor, now());
    }
    if (!done)
        return fail(done.errorMessage());
    emit applicationChanged(applicationIdOf(applicationUuid));
    return true;
}

std::optional<IntakeRecord> PipelineCommands::addIntake(RowId openingId,
                                                        const NewCandidate& input) {
    if (!m_session.isOpen())
        return std::nullopt;
    const QScopedValueRollback applying(m_applying, m_applying + 1);
    auto added = CandidateIntake(m_session.database()).add(openingId, input, m_session.today());
    if (!added) {
        fail(added.errorMessage());
        return std::nullopt;
    }
    emit applicationsChanged(openingId, added->application.id);
    return *added;
}

std::optional<IntakeRecord> PipelineCommands::restoreIntake(const IntakeRecord& record) {
    if (!m_session.isOpen())
        return std::nullopt;
    const QScopedValueRollback applying(m_applying, m_applying + 1);
    auto restored = CandidateIntake(m_session.database()).restore(record);
    if (!restored) {
        fail(restored.errorMessage());
        return std::nullopt;
    }
    emit applicationsChanged(restored->application.openingId, restored->application.id);
    return *restored;
}

bool PipelineCommands::takeBackIntake(const IntakeRecord& record) {
    if (!m_session.isOpen())
        return false;
    const QScopedValueRollback applying(m_applying, m_applying + 1);
    if (auto taken = CandidateIntake(m_session.database()).takeBack(record); !taken)
        return fail(taken.errorMessage());
    emit applicationsChanged(record.application.openingId, kNoRow);
    return true;
}

} // namespace debrief
