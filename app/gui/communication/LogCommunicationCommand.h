#pragma once

#include "correspondence/CommunicationLog.h"

#include <QUndoCommand>

#include <optional>

namespace debrief {

class CommunicationCommands;

/// "Log message to …" on the undo stack. The entry's uuid is fixed when the
/// command is made, so a redo after an undo puts back the very same entry;
/// undo removes it and restores the promised date it moved.
class LogCommunicationCommand : public QUndoCommand {
public:
    LogCommunicationCommand(CommunicationCommands& commands, CommunicationEntry entry,
                            FinalAnswer finalAnswer, const QString& text);

    void undo() override;
    void redo() override;

private:
    CommunicationCommands& m_commands;
    CommunicationEntry m_entry;
    FinalAnswer m_finalAnswer;
    std::optional<LoggedCommunication> m_logged;
    bool m_tried = false;
};

} // namespace debrief
