#pragma once

#include "CliCommand.h"

namespace debrief::cli {

/// `debrief-cli export-json`: writes one opening as a "debrief-opening"
/// JSON document (docs/INTERCHANGE.md) to stdout or a file.
class ExportJsonCommand : public CliCommand {
    Q_DECLARE_TR_FUNCTIONS(ExportJsonCommand)

public:
    QString name() const override { return QStringLiteral("export-json"); }
    QString summary() const override;
    int run(const QStringList& args, QTextStream& out, QTextStream& err) override;
};

} // namespace debrief::cli
