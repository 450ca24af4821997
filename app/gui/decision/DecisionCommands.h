#pragma once

#include "Result.h"
#include "decision/DecisionChange.h"
#include "decision/DecisionRequest.h"
#include "domain/Decision.h"
#include "storage/VersionedSave.h"

#include <QDateTime>
#include <QObject>

#include <functional>
#include <optional>

class QUndoStack;

namespace debrief {

class DatabaseSession;
class DecisionWorkflow;

/// Turns the decision steps into commands on the window's undo stack and
/// carries them out through DecisionWorkflow. Each push says at once
/// whether the step was written (the dialog keeps its form open with the
/// problems otherwise); after every change, done, undone or redone, it says
/// which opening changed.
class DecisionCommands : public QObject {
    Q_OBJECT

public:
    /// Who is deciding, for the audit log.
    using Actor = std::function<QString()>;
    /// When a step is written (and audited).
    using Now = std::function<QDateTime()>;

    DecisionCommands(DatabaseSession& session, QUndoStack& stack, Actor actor, Now now,
                     QObject* parent = nullptr);

    Status record(const DecisionRequest& request, const QString& candidateNames);
    /// Refused as stale (with the decision stored now) when someone amended
    /// the decision after the dialog read `request.baseVersion`.
    VersionedSave<Decision> amend(const DecisionRequest& request, const QString& reason);
    Status offerAccepted(RowId applicationId, const QString& candidateName);
    Status offerDeclined(RowId applicationId, const QString& reason, RowId by,
                         const QString& candidateName);

    // What a command calls to do and undo. apply() reports a refusal as
    // errorOccurred() unless it is the first run (then push() returns it).
    std::optional<DecisionChange>
    apply(const std::function<Result<DecisionChange>(DecisionWorkflow&)>& step, bool first);
    bool takeBack(const DecisionChange& change);

signals:
    void openingChanged(RowId openingId);
    void errorOccurred(const QString& message);

private:
    Status push(std::function<Result<DecisionChange>(DecisionWorkflow&)> step, const QString& text);

    DatabaseSession& m_session;
    QUndoStack& m_stack;
    Actor m_actor;
    Now m_now;
    /// The refusal of the step being pushed, for push() to return.
    QString m_firstError;
};

} // namespace debrief
