#include "DecisionCommands.h"

#include "DatabaseSession.h"
#include "DecisionCommand.h"

#include "decision/DecisionWorkflow.h"

#include <QUndoStack>

#include <memory>

namespace debrief {

DecisionCommands::DecisionCommands(DatabaseSession& session, QUndoStack& stack, Actor actor,
                                   Now now, QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_stack(stack)
    , m_actor(std::move(actor))
    , m_now(std::move(now)) {
}

Status DecisionCommands::push(std::function<Result<DecisionChange>(DecisionWorkflow&)> step,
                              const QString& text) {
    m_firstError.clear();
    m_stack.push(new DecisionCommand(*this, std::move(step), text));
    if (!m_firstError.isEmpty())
        return Error{m_firstError};
    return {};
}

Status DecisionCommands::record(const DecisionRequest& request, const QString& candidateNames) {
    // A redo records the same decision again, under the same uuid.
    auto kept = std::make_shared<DecisionRequest>(request);
    const QString actor = m_actor();
    return push(
        [kept, actor](DecisionWorkflow& workflow) {
            auto change = workflow.record(*kept, actor);
            if (change)
                kept->uuid = change->after.uuid;
            return change;
        },
        tr("Record decision (%1)").arg(candidateNames));
}

VersionedSave<Decision> DecisionCommands::amend(const DecisionRequest& request,
                                                const QString& reason) {
    const QString actor = m_actor();
    const Now now = m_now;
    auto kept = std::make_shared<DecisionRequest>(request);
    // What the first run started from (for a redo) or found stored instead.
    auto before = std::make_shared<std::optional<Decision>>();
    auto storedNow = std::make_shared<std::optional<Decision>>();
    const Status pushed = push(
        [kept, before, storedNow, reason, actor, now](DecisionWorkflow& workflow) {
            if (*before) {
                // A redo after our own undo: on the version that undo left.
                auto base = workflow.redoBase(**before);
                if (!base)
                    return Result<DecisionChange>(base.error());
                kept->baseVersion = *base;
            }
            const DecisionSave saved = workflow.amend(*kept, reason, actor, now());
            if (saved)
                *before = saved->before;
            else if (saved.isStale())
                *storedNow = saved.current();
            return saved.result();
        },
        tr("Amend decision"));
    if (!pushed && *storedNow)
        return VersionedSave<Decision>::stale(**storedNow, pushed.error());
    return pushed;
}

Status DecisionCommands::offerAccepted(RowId applicationId, const QString& candidateName) {
    const QString actor = m_actor();
    const Now now = m_now;
    return push(
        [applicationId, actor, now](DecisionWorkflow& workflow) {
            return workflow.offerAccepted(applicationId, actor, now());
        },
        tr("Offer accepted by %1").arg(candidateName));
}

Status DecisionCommands::offerDeclined(RowId applicationId, const QString& reason, RowId by,
                                       const QString& candidateName) {
    const QString actor = m_actor();
    const Now now = m_now;
    return push(
        [applicationId, reason, by, actor, now](DecisionWorkflow& workflow) {
            return workflow.offerDeclined(applicationId, reason, by, actor, now());
        },
        tr("Offer declined by %1").arg(candidateName));
}

std::optional<DecisionChange>
DecisionCommands::apply(const std::function<Result<DecisionChange>(DecisionWorkflow&)>& step,
                        bool first) {
    if (!m_session.isOpen())
        return std::nullopt;
    DecisionWorkflow workflow(m_session.database());
    auto change = step(workflow);
    if (!change) {
        if (first)
            m_firstError = change.errorMessage();
        else
            emit errorOccurred(change.errorMessage());
        return std::nullopt;
    }
    emit openingChanged(change->openingId);
    return *change;
}

bool DecisionCommands::takeBack(const DecisionChange& change) {
    if (!m_session.isOpen())
        return false;
    if (Status undone = DecisionWorkflow(m_session.database()).undo(change, m_actor(), m_now());
        !undone) {
        emit errorOccurred(tr("This decision step stays as it is: %1").arg(undone.errorMessage()));
        return false;
    }
    emit openingChanged(change.openingId);
    return true;
}

} // namespace debrief
