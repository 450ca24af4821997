#pragma once

#include "correspondence/CommunicationLog.h"

#include <QObject>

#include <functional>
#include <optional>

class QUndoStack;

namespace debrief {

class DatabaseSession;

/// Turns "Log a Message or Call…" into a command on the window's undo
/// stack and carries it out through CommunicationLog: logging stores the
/// entry and moves the promised answer date in one transaction; undo removes
/// the entry and puts the earlier date back exactly. After each change,
/// done, undone or redone, it says which application changed.
class CommunicationCommands : public QObject {
    Q_OBJECT

public:
    /// Who is logging, for the entry's author and the audit log.
    using Actor = std::function<QString()>;
    /// The time an entry is stored at (and audited with).
    using Now = std::function<QDateTime()>;

    CommunicationCommands(DatabaseSession& session, QUndoStack& stack, Actor actor, Now now,
                          QObject* parent = nullptr);

    /// Pushes one command that logs `entry` for `candidateName`'s application.
    void log(CommunicationEntry entry, FinalAnswer finalAnswer, const QString& candidateName);

    // What the command calls to do and undo; std::nullopt / false (and
    // errorOccurred) when the database refused.
    std::optional<LoggedCommunication> record(const CommunicationEntry& entry,
                                              FinalAnswer finalAnswer);
    bool takeBack(const LoggedCommunication& logged);

signals:
    void applicationChanged(RowId applicationId);
    void errorOccurred(const QString& message);

private:
    DatabaseSession& m_session;
    QUndoStack& m_stack;
    Actor m_actor;
    Now m_now;
};

} // namespace debrief
