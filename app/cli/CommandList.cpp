#include "CommandList.h"

namespace debrief::cli {

std::vector<std::unique_ptr<CliCommand>> allCommands() {
    std::vector<std::unique_ptr<CliCommand>> commands;
    // Each command adds itself here, one line each.
    return commands;
}

} // namespace debrief::cli
