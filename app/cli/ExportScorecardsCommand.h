#pragma once

#include "CliCommand.h"

namespace debrief::cli {

/// `debrief-cli export-scorecards`: writes one panelist's submitted
/// scorecards for an opening as a "debrief-scorecards" file
/// (docs/INTERCHANGE.md) for the panel lead to import.
class ExportScorecardsCommand : public CliCommand {
    Q_DECLARE_TR_FUNCTIONS(ExportScorecardsCommand)

public:
    QString name() const override { return QStringLiteral("export-scorecards"); }
    QString summary() const override;
    int run(const QStringList& args, QTextStream& out, QTextStream& err) override;
};

} // namespace debrief::cli
