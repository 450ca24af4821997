#pragma once

#include "CliCommand.h"

namespace debrief::cli {

/// `debrief-cli server-push` and `server-pull`: a whole database moved
/// from a file to an empty panel server, or from a server into a new file,
/// with every id and uuid kept (DatabaseTransfer; docs/RELIABILITY.md).
/// One class, registered once per direction: the two differ only in which
/// side is the server.
class ServerTransferCommand : public CliCommand {
    Q_DECLARE_TR_FUNCTIONS(ServerTransferCommand)

public:
    enum class Direction { Push, Pull };

    explicit ServerTransferCommand(Direction direction)
        : m_direction(direction) {}

    QString name() const override;
    QString summary() const override;
    int run(const QStringList& args, QTextStream& out, QTextStream& err) override;

private:
    Direction m_direction;
};

} // namespace debrief::cli
