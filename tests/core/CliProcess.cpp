#include "CliProcess.h"

#include <QProcess>

namespace debrief::test {

CliRun runProgram(const QString& program, const QStringList& args) {
    QProcess process;
    process.start(program, args);
    return finishProgram(process);
}

CliRun finishProgram(QProcess& process) {
    CliRun run;
    // waitForFinished() is false for a process that has finished already.
    if (process.state() != QProcess::NotRunning && !process.waitForFinished(120000))
        return run;
    if (process.error() == QProcess::FailedToStart)
        return run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

} // namespace debrief::test
