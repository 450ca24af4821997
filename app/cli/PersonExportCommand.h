#pragma once

#include "CliCommand.h"

namespace debrief::cli {

/// `debrief-cli person-export`: everything the database holds about one
/// candidate as a "debrief-person" JSON file, readable by its owner only
/// (docs/PRIVACY.md).
class PersonExportCommand : public CliCommand {
    Q_DECLARE_TR_FUNCTIONS(PersonExportCommand)

public:
    QString name() const override { return QStringLiteral("person-export"); }
    QString summary() const override;
    int run(const QStringList& args, QTextStream& out, QTextStream& err) override;
};

} // namespace debrief::cli
