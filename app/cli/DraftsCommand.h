#pragma once

#include "CliCommand.h"

namespace debrief::cli {

/// `debrief-cli drafts`: one .eml file per candidate of an opening who was
/// not chosen (rejected, plus the runners-up once their hold is released,
/// or still held with --include-held), each rendered from the template for
/// the stage they reached, stored as a draft and logged as an output.
class DraftsCommand : public CliCommand {
    Q_DECLARE_TR_FUNCTIONS(DraftsCommand)

public:
    QString name() const override { return QStringLiteral("drafts"); }
    QString summary() const override;
    int run(const QStringList& args, QTextStream& out, QTextStream& err) override;
};

} // namespace debrief::cli
