#include "ServerInitCommand.h"

#include "CommandLine.h"
#include "ServerCommandLine.h"

#include "server/ServerInit.h"
#include "storage/Database.h"

namespace debrief::cli {

QString ServerInitCommand::summary() const {
    return tr("Set up a PostgreSQL database as a shared panel server: schema, roles and "
              "row-level security (may run again)");
}

int ServerInitCommand::run(const QStringList& args, QTextStream& out, QTextStream& err) {
    CommandLine line(
        name(), summary(),
        tr("Usage: debrief-cli server-init --db postgresql://ADMIN@HOST:PORT/DATABASE"));
    const QCommandLineOption dbOption = CommandLine::databaseOption();
    line.parser().addOption(dbOption);
    if (auto exit = line.parse(args, out, err))
        return *exit;
    if (!line.hasArguments({&dbOption}, 0))
        return line.usageError(err);
    auto opened = ServerCommandLine::open(line, dbOption, err);
    if (const int* exit = std::get_if<int>(&opened))
        return *exit;
    auto& db = std::get<std::unique_ptr<Database>>(opened);
    if (Status done = ServerInit::run(*db); !done)
        return fail(err, done.errorMessage());
    out << tr("%1 is set up as a panel server: schema %2, the roles %3, %4 and %5, and "
              "row-level security. Add panelists with debrief-cli server-add-panelist.")
               .arg(db->location())
               .arg(db->schemaVersion())
               .arg(ServerInit::panelistGroup(), ServerInit::leadGroup(), ServerInit::adminGroup())
        << '\n';
    return 0;
}

} // namespace debrief::cli
