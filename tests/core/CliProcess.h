#pragma once

#include <QString>
#include <QStringList>

namespace debrief::test {

/// What a command-line program did: its exit code (-1 when it crashed or
/// did not finish) and what it printed.
struct CliRun {
    int exitCode = -1;
    QString out;
    QString err;
};

/// Runs `program` with `args` to the end (two minutes at most), the way the
/// command-line tests run the real debrief-cli.
CliRun runProgram(const QString& program, const QStringList& args);

#ifdef DEBRIEF_CLI
/// One run of the real `debrief-cli` (DEBRIEF_CLI, set by the test's CMake
/// target).
inline CliRun runCli(const QStringList& args) {
    return runProgram(QStringLiteral(DEBRIEF_CLI), args);
}
#endif

} // namespace debrief::test
