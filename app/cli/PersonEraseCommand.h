#pragma once

#include "CliCommand.h"

namespace debrief::cli {

/// `debrief-cli person-erase`: what erasing a candidate would delete (a dry
/// run), and with --yes the erasure itself, refused while they are chosen
/// or a held runner-up (docs/PRIVACY.md).
class PersonEraseCommand : public CliCommand {
    Q_DECLARE_TR_FUNCTIONS(PersonEraseCommand)

public:
    QString name() const override { return QStringLiteral("person-erase"); }
    QString summary() const override;
    int run(const QStringList& args, QTextStream& out, QTextStream& err) override;
};

} // namespace debrief::cli
