#pragma once

#include "CliCommand.h"

namespace debrief::cli {

/// `debrief-cli restore`: puts a backup back in place of a database, keeping
/// a copy of what it replaces, then opens it (which upgrades an older one).
class RestoreCommand : public CliCommand {
    Q_DECLARE_TR_FUNCTIONS(RestoreCommand)

public:
    QString name() const override { return QStringLiteral("restore"); }
    QString summary() const override;
    int run(const QStringList& args, QTextStream& out, QTextStream& err) override;
};

} // namespace debrief::cli
