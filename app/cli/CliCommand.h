#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace debrief::cli {

/// One subcommand of debrief-cli (`demo`, `export-json`, …). Prints results
/// to `out`, messages meant for people to `err`, and returns the exit code.
class CliCommand {
public:
    virtual ~CliCommand() = default;
    /// The word that selects this command on the command line.
    virtual QString name() const = 0;
    /// One line for `debrief-cli --help`.
    virtual QString summary() const = 0;
    /// `args` holds the arguments after the command's name.
    virtual int run(const QStringList& args, QTextStream& out, QTextStream& err) = 0;
};

} // namespace debrief::cli
