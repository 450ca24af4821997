#pragma once

#include "CommandLine.h"

#include <memory>
#include <variant>

namespace debrief {
class Database;
}

namespace debrief::cli {

/// What the server commands (server-init, server-add-panelist) share:
/// their --db must name a PostgreSQL server, opened as its administrator.
class ServerCommandLine {
    Q_DECLARE_TR_FUNCTIONS(ServerCommandLine)

public:
    /// The server `--db` names, opened (and migrated); or the exit code
    /// after a message on `err`: a usage error for a file, an input error
    /// when the server cannot be opened.
    static std::variant<std::unique_ptr<Database>, int>
    open(const CommandLine& line, const QCommandLineOption& dbOption, QTextStream& err);
};

} // namespace debrief::cli
