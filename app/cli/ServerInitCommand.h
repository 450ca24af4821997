#pragma once

#include "CliCommand.h"

namespace debrief::cli {

/// `debrief-cli server-init`: makes a PostgreSQL database a shared panel
/// server (schema, group roles, grants, row-level security), idempotently
/// (docs/SERVER.md).
class ServerInitCommand : public CliCommand {
    Q_DECLARE_TR_FUNCTIONS(ServerInitCommand)

public:
    QString name() const override { return QStringLiteral("server-init"); }
    QString summary() const override;
    int run(const QStringList& args, QTextStream& out, QTextStream& err) override;
};

} // namespace debrief::cli
