#pragma once

#include "CliCommand.h"

#include <memory>
#include <vector>

namespace debrief::cli {

/// Every command debrief-cli knows, in the order `--help` lists them.
std::vector<std::unique_ptr<CliCommand>> allCommands();

} // namespace debrief::cli
