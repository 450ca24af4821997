#include "CommandList.h"
#include "BackupCommand.h"
#include "CompareCommand.h"
#include "DemoCommand.h"
#include "DraftsCommand.h"
#include "ExportJsonCommand.h"
#include "ExportScorecardsCommand.h"
#include "ImportCandidatesCommand.h"
#include "ImportJsonCommand.h"
#include "ImportScorecardsCommand.h"
#include "PersonEraseCommand.h"
#include "PersonExportCommand.h"
#ifdef DEBRIEF_CLI_REPORTS
#include "ReportCommand.h"
#endif
#include "LintCommand.h"
#include "RestoreCommand.h"
#include "RetentionCommand.h"
#include "ScheduleCommand.h"
#include "ServerAddPanelistCommand.h"
#include "ServerInitCommand.h"
#include "ServerTransferCommand.h"

namespace debrief::cli {

std::vector<std::unique_ptr<CliCommand>> allCommands() {
    std::vector<std::unique_ptr<CliCommand>> commands;
    // Each command adds itself here, one line each.
    commands.push_back(std::make_unique<ExportJsonCommand>());
    commands.push_back(std::make_unique<ImportJsonCommand>());
    commands.push_back(std::make_unique<DemoCommand>());
    commands.push_back(std::make_unique<ImportCandidatesCommand>());
    commands.push_back(std::make_unique<ExportScorecardsCommand>());
    commands.push_back(std::make_unique<ImportScorecardsCommand>());
    commands.push_back(std::make_unique<CompareCommand>());
    commands.push_back(std::make_unique<ScheduleCommand>());
    commands.push_back(std::make_unique<DraftsCommand>());
#ifdef DEBRIEF_CLI_REPORTS
    commands.push_back(std::make_unique<ReportCommand>());
#endif
    commands.push_back(std::make_unique<LintCommand>());
    commands.push_back(std::make_unique<BackupCommand>());
    commands.push_back(std::make_unique<RestoreCommand>());
    commands.push_back(std::make_unique<RetentionCommand>());
    commands.push_back(std::make_unique<PersonExportCommand>());
    commands.push_back(std::make_unique<PersonEraseCommand>());
    commands.push_back(std::make_unique<ServerInitCommand>());
    commands.push_back(std::make_unique<ServerAddPanelistCommand>());
    commands.push_back(
        std::make_unique<ServerTransferCommand>(ServerTransferCommand::Direction::Push));
    commands.push_back(
        std::make_unique<ServerTransferCommand>(ServerTransferCommand::Direction::Pull));
    return commands;
}

} // namespace debrief::cli
