#pragma once

#include "CliCommand.h"

namespace debrief::cli {

/// `debrief-cli schedule`: schedules an interview for an application, moves
/// or cancels one, and writes an interview's calendar invitation (.ics),
/// through the same InterviewScheduler as the window (docs/SCHEDULING.md).
class ScheduleCommand : public CliCommand {
    Q_DECLARE_TR_FUNCTIONS(ScheduleCommand)

public:
    QString name() const override { return QStringLiteral("schedule"); }
    QString summary() const override;
    int run(const QStringList& args, QTextStream& out, QTextStream& err) override;
};

} // namespace debrief::cli
