#include "LogCommunicationCommand.h"

#include "CommunicationCommands.h"
#include "storage/RecordUuid.h"

namespace debrief {

LogCommunicationCommand::LogCommunicationCommand(CommunicationCommands& commands,
                                                 CommunicationEntry entry, FinalAnswer finalAnswer,
                                                 const QString& text)
    : QUndoCommand(text)
    , m_commands(commands)
    , m_entry(std::move(entry))
    , m_finalAnswer(finalAnswer) {
    if (m_entry.uuid.isNull())
        m_entry.uuid = RecordUuid::create();
}

void LogCommunicationCommand::undo() {
    if (m_logged && m_commands.takeBack(*m_logged))
        m_logged.reset();
}

void LogCommunicationCommand::redo() {
    m_logged = m_commands.record(m_entry, m_finalAnswer);
    // Refused at once: there is nothing to undo, so the stack drops it.
    if (!m_logged && !m_tried)
        setObsolete(true);
    m_tried = true;
}

} // namespace debrief
