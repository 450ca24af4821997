#pragma once

#include "CliCommand.h"

namespace debrief::cli {

/// `debrief-cli compare`: the finalist comparison of an opening (totals,
/// criteria, tie detection, panel calibration) as a table, or as the
/// "debrief-comparison" JSON document (docs/COMPARE.md) with --json.
class CompareCommand : public CliCommand {
    Q_DECLARE_TR_FUNCTIONS(CompareCommand)

public:
    QString name() const override { return QStringLiteral("compare"); }
    QString summary() const override;
    int run(const QStringList& args, QTextStream& out, QTextStream& err) override;
};

} // namespace debrief::cli
