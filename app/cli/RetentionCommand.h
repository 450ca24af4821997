#pragma once

#include "CliCommand.h"

namespace debrief::cli {

/// `debrief-cli retention`: who the database's retention period makes due
/// for anonymisation (a dry run, by id; names only with --names), and with
/// --apply the anonymisation itself (docs/PRIVACY.md).
class RetentionCommand : public CliCommand {
    Q_DECLARE_TR_FUNCTIONS(RetentionCommand)

public:
    QString name() const override { return QStringLiteral("retention"); }
    QString summary() const override;
    int run(const QStringList& args, QTextStream& out, QTextStream& err) override;
};

} // namespace debrief::cli
