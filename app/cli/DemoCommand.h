#pragma once

#include "CliCommand.h"

namespace debrief::cli {

/// `debrief-cli demo`: writes a database full of realistic, reproducible
/// sample data for trying the app, demos, screenshots and scale tests.
class DemoCommand : public CliCommand {
    Q_DECLARE_TR_FUNCTIONS(DemoCommand)

public:
    QString name() const override;
    QString summary() const override;
    int run(const QStringList& args, QTextStream& out, QTextStream& err) override;
};

} // namespace debrief::cli
