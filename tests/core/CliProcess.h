#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>

namespace debrief::test {

/// One run of the real `debrief-cli` (DEBRIEF_CLI, set by the test's CMake
/// target): exit code (-1 when it crashed or hung) and both outputs.
struct CliRun {
    int exitCode = -1;
    QString out;
    QString err;
};

inline CliRun runCli(const QStringList& args) {
    QProcess cli;
    cli.start(QStringLiteral(DEBRIEF_CLI), args);
    CliRun run;
    if (!cli.waitForFinished(120000))
        return run;
    run.exitCode = cli.exitStatus() == QProcess::NormalExit ? cli.exitCode() : -1;
    run.out = QString::fromUtf8(cli.readAllStandardOutput());
    run.err = QString::fromUtf8(cli.readAllStandardError());
    return run;
}

} // namespace debrief::test
