#pragma once

#include "CliCommand.h"

namespace debrief::cli {

/// `debrief-cli server-add-panelist`: gives a panelist a login role on a
/// shared panel server, optionally as an opening's lead, and prints its
/// one-time password (docs/SERVER.md).
class ServerAddPanelistCommand : public CliCommand {
    Q_DECLARE_TR_FUNCTIONS(ServerAddPanelistCommand)

public:
    QString name() const override { return QStringLiteral("server-add-panelist"); }
    QString summary() const override;
    int run(const QStringList& args, QTextStream& out, QTextStream& err) override;
};

} // namespace debrief::cli
