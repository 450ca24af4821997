#pragma once

#include "CliCommand.h"

namespace debrief::cli {

/// `debrief-cli import-candidates`: adds the candidates of a CSV file to an
/// opening, all or nothing, reporting every problem by line and column.
class ImportCandidatesCommand : public CliCommand {
    Q_DECLARE_TR_FUNCTIONS(ImportCandidatesCommand)

public:
    QString name() const override { return QStringLiteral("import-candidates"); }
    QString summary() const override;
    int run(const QStringList& args, QTextStream& out, QTextStream& err) override;
};

} // namespace debrief::cli
