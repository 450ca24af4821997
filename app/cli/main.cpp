#include "CliCommand.h"
#include "CommandList.h"
#include "TerminalOutput.h"

#include "DebriefVersion.h"
#include "settings/UiLanguage.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>
#include <memory>

#ifdef DEBRIEF_CLI_REPORTS
#include "ReportCommand.h"
#endif

namespace {

void printUsage(QTextStream& out,
                const std::vector<std::unique_ptr<debrief::cli::CliCommand>>& commands) {
    out << QCoreApplication::translate("main", "Usage: debrief-cli COMMAND [OPTIONS]") << '\n'
        << '\n'
        << QCoreApplication::translate("main", "Commands:") << '\n';
    for (const auto& command : commands)
        out << "  " << command->name().leftJustified(18) << command->summary() << '\n';
    out << '\n'
        << QCoreApplication::translate("main",
                                       "Run 'debrief-cli COMMAND --help' for a command's options.")
        << '\n';
}

/// Only the report command draws and needs the graphical application object.
std::unique_ptr<QCoreApplication> createApplication(int& argc, char** argv) {
#ifdef DEBRIEF_CLI_REPORTS
    if (argc > 1 && qstrcmp(argv[1], "report") == 0)
        return debrief::cli::ReportCommand::createApplication(argc, argv);
#endif
    return std::make_unique<QCoreApplication>(argc, argv);
}

} // namespace

int main(int argc, char* argv[]) {
    const std::unique_ptr<QCoreApplication> application = createApplication(argc, argv);
    QCoreApplication& app = *application;
    QCoreApplication::setApplicationName(QStringLiteral("debrief"));
    QCoreApplication::setOrganizationName(QStringLiteral("Debrief"));
    QCoreApplication::setApplicationVersion(debrief::applicationVersion());
    // The CLI has no settings of its own to override the language: it
    // follows the system locale, as command-line tools do.
    debrief::UiLanguage::install(app, debrief::UiLanguage::resolve(QString()));

    // Control characters in data (a title, a file name) never reach the
    // terminal as such: both streams go through TerminalOutput.
    debrief::cli::TerminalOutput outDevice(stdout);
    debrief::cli::TerminalOutput errDevice(stderr);
    QTextStream out(&outDevice);
    QTextStream err(&errDevice);
    const auto commands = debrief::cli::allCommands();
    QStringList args = QCoreApplication::arguments().mid(1);
    if (args.isEmpty() || args.first() == QLatin1String("--help") ||
        args.first() == QLatin1String("-h")) {
        printUsage(args.isEmpty() ? err : out, commands);
        return args.isEmpty() ? 2 : 0;
    }
    if (args.first() == QLatin1String("--version")) {
        out << "debrief-cli " << debrief::applicationVersion() << '\n';
        return 0;
    }
    const QString name = args.takeFirst();
    for (const auto& command : commands) {
        if (command->name() == name)
            return command->run(args, out, err);
    }
    err << QCoreApplication::translate("main", "Unknown command '%1'.").arg(name) << '\n';
    printUsage(err, commands);
    return 2;
}
