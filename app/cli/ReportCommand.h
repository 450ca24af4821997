#pragma once

#include "CliCommand.h"

#include <memory>

namespace debrief::cli {

/// `debrief-cli report`: one of the four PDF reports (finalist comparison,
/// candidate packet, panel calibration, opening summary) of an opening,
/// written with the same ReportGenerator as File › Export Report…. Built
/// only when the drawing library is (DEBRIEF_CLI_REPORTS).
class ReportCommand : public CliCommand {
    Q_DECLARE_TR_FUNCTIONS(ReportCommand)

public:
    QString name() const override { return QStringLiteral("report"); }
    QString summary() const override;
    int run(const QStringList& args, QTextStream& out, QTextStream& err) override;

    /// The charts need a QApplication; without a display (a server, CI) it
    /// runs on the offscreen platform. Other commands keep the plain
    /// QCoreApplication, so they run anywhere.
    static std::unique_ptr<QCoreApplication> createApplication(int& argc, char** argv);
};

} // namespace debrief::cli
