#pragma once

#include "CliCommand.h"

namespace debrief::cli {

/// `debrief-cli import-json`: reads a "debrief-opening" JSON document into a
/// database file as a new opening, or lists every problem and changes
/// nothing.
class ImportJsonCommand : public CliCommand {
    Q_DECLARE_TR_FUNCTIONS(ImportJsonCommand)

public:
    QString name() const override { return QStringLiteral("import-json"); }
    QString summary() const override;
    int run(const QStringList& args, QTextStream& out, QTextStream& err) override;
};

} // namespace debrief::cli
