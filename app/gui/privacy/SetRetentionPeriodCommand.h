#pragma once

#include "privacy/RetentionPeriod.h"

#include <QCoreApplication>
#include <QUndoCommand>

#include <functional>
#include <optional>

namespace debrief {

class DatabaseSession;

/// Sets (or removes) the database's retention period as one step of the
/// window's undo stack.
class SetRetentionPeriodCommand : public QUndoCommand {
    Q_DECLARE_TR_FUNCTIONS(SetRetentionPeriodCommand)

public:
    SetRetentionPeriodCommand(DatabaseSession& session, std::optional<RetentionPeriod> before,
                              std::optional<RetentionPeriod> after,
                              std::function<void(const QString&)> report);

    void redo() override;
    void undo() override;

private:
    void store(const std::optional<RetentionPeriod>& period);

    DatabaseSession& m_session;
    std::optional<RetentionPeriod> m_before;
    std::optional<RetentionPeriod> m_after;
    std::function<void(const QString&)> m_report;
};

} // namespace debrief
