#include "SetRetentionPeriodCommand.h"

#include "DatabaseSession.h"

#include "privacy/RetentionSettings.h"

namespace debrief {

SetRetentionPeriodCommand::SetRetentionPeriodCommand(DatabaseSession& session,
                                                     std::optional<RetentionPeriod> before,
                                                     std::optional<RetentionPeriod> after,
                                                     std::function<void(const QString&)> report)
    : m_session(session)
    , m_before(before)
    , m_after(after)
    , m_report(std::move(report)) {
    setText(after ? tr("Set retention period to %1").arg(after->toDisplayText())
                  : tr("Remove retention period"));
}

void SetRetentionPeriodCommand::redo() {
    store(m_after);
}

void SetRetentionPeriodCommand::undo() {
    store(m_before);
}

void SetRetentionPeriodCommand::store(const std::optional<RetentionPeriod>& period) {
    if (!m_session.isOpen())
        return;
    if (Status stored = RetentionSettings(m_session.database()).setPeriod(period); !stored)
        m_report(stored.errorMessage());
}

} // namespace debrief
