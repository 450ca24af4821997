#include "CommunicationCommands.h"

#include "DatabaseSession.h"
#include "LogCommunicationCommand.h"

#include <QUndoStack>

namespace debrief {

CommunicationCommands::CommunicationCommands(DatabaseSession& session, QUndoStack& stack,
                                             Actor actor, Now now, QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_stack(stack)
    , m_actor(std::move(actor))
    , m_now(std::move(now)) {
}

void CommunicationCommands::log(CommunicationEntry entry, FinalAnswer finalAnswer,
                                const QString& candidateName) {
    const QString text = entry.direction == CommunicationDirection::Outbound
                             ? tr("Log message to %1").arg(candidateName)
                             : tr("Log message from %1").arg(candidateName);
    m_stack.push(new LogCommunicationCommand(*this, std::move(entry), finalAnswer, text));
}

std::optional<LoggedCommunication> CommunicationCommands::record(const CommunicationEntry& entry,
                                                                 FinalAnswer finalAnswer) {
    if (!m_session.isOpen())
        return std::nullopt;
    auto logged =
        CommunicationLog(m_session.database()).record(entry, m_actor(), m_now(), finalAnswer);
    if (!logged) {
        emit errorOccurred(logged.errorMessage());
        return std::nullopt;
    }
    emit applicationChanged(entry.applicationId);
    return *logged;
}

bool CommunicationCommands::takeBack(const LoggedCommunication& logged) {
    if (!m_session.isOpen())
        return false;
    if (Status undone = CommunicationLog(m_session.database()).undo(logged, m_actor(), m_now());
        !undone) {
        emit errorOccurred(undone.errorMessage());
        return false;
    }
    emit applicationChanged(logged.entry.applicationId);
    return true;
}

} // namespace debrief
