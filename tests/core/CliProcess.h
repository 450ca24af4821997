#pragma once

#include <QString>
#include <QStringList>

class QProcess;

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

/// Waits for a started `process` to end (two minutes at most) and collects
/// what it did, for tests that start processes themselves (several at once,
/// or as another user).
CliRun finishProgram(QProcess& process);

#ifdef DEBRIEF_CLI
/// One run of the real `debrief-cli` (DEBRIEF_CLI, set by the test's CMake
/// target).
inline CliRun runCli(const QStringList& args) {
    return runProgram(QStringLiteral(DEBRIEF_CLI), args);
}

/// `debrief-cli demo` into `path`, set around 20 November 2026.
inline CliRun writeDemo(const QString& path) {
    return runCli({QStringLiteral("demo"), QStringLiteral("--out"), path, QStringLiteral("--today"),
                   QStringLiteral("2026-11-20")});
}
#endif

} // namespace debrief::test
