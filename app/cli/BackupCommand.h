#pragma once

#include "CliCommand.h"

namespace debrief::cli {

/// `debrief-cli backup`: a consistent, owner-only copy of a database as it
/// is (no upgrade), also while Debrief has it open (docs/RELIABILITY.md).
class BackupCommand : public CliCommand {
    Q_DECLARE_TR_FUNCTIONS(BackupCommand)

public:
    QString name() const override { return QStringLiteral("backup"); }
    QString summary() const override;
    int run(const QStringList& args, QTextStream& out, QTextStream& err) override;
};

} // namespace debrief::cli
