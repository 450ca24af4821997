#pragma once

#include "CliCommand.h"

namespace debrief::cli {

/// `debrief-cli import-scorecards`: reads a panelist's "debrief-scorecards"
/// file into the panel's database; any error or conflict changes nothing.
class ImportScorecardsCommand : public CliCommand {
    Q_DECLARE_TR_FUNCTIONS(ImportScorecardsCommand)

public:
    QString name() const override { return QStringLiteral("import-scorecards"); }
    QString summary() const override;
    int run(const QStringList& args, QTextStream& out, QTextStream& err) override;
};

} // namespace debrief::cli
