#include "ServerTransferCommand.h"

#include "CommandLine.h"

#include "interchange/DatabaseTransfer.h"
#include "storage/ServerAddress.h"

#include <QDir>
#include <QLocale>

namespace debrief::cli {

QString ServerTransferCommand::name() const {
    return m_direction == Direction::Push ? QStringLiteral("server-push")
                                          : QStringLiteral("server-pull");
}

QString ServerTransferCommand::summary() const {
    return m_direction == Direction::Push
               ? tr("Copy a database file to an empty panel server, keeping every id")
               : tr("Copy a panel server's database into a new file, keeping every id");
}

int ServerTransferCommand::run(const QStringList& args, QTextStream& out, QTextStream& err) {
    const bool push = m_direction == Direction::Push;
    CommandLine line(name(), summary(),
                     push ? tr("Usage: debrief-cli server-push --db FILE --to URI")
                          : tr("Usage: debrief-cli server-pull --db URI --to FILE"));
    const QCommandLineOption fromOption =
        push ? QCommandLineOption(QStringLiteral("db"),
                                  tr("The database file to copy. It is only read, never changed."),
                                  tr("FILE"))
             : QCommandLineOption(QStringLiteral("db"),
                                  tr("The server database to copy, as "
                                     "postgresql://user@host:port/database. It is only read."),
                                  tr("URI"));
    const QCommandLineOption toOption =
        push ? QCommandLineOption(QStringLiteral("to"),
                                  tr("The server database to copy into, as "
                                     "postgresql://user@host:port/database. It must exist and "
                                     "hold no Debrief data; its tables are created when missing."),
                                  tr("URI"))
             : QCommandLineOption(QStringLiteral("to"),
                                  tr("The new database file, readable by you only. An existing "
                                     "file that is not empty is refused."),
                                  tr("FILE"));
    line.parser().addOptions({fromOption, toOption});
    if (auto exit = line.parse(args, out, err))
        return *exit;
    if (!line.hasArguments({&fromOption, &toOption}, 0))
        return line.usageError(err);

    const QString from = line.value(fromOption);
    const QString to = line.value(toOption);
    auto copied = push ? DatabaseTransfer::push(from, to) : DatabaseTransfer::pull(from, to);
    if (!copied)
        return fail(err, copied.errorMessage());
    // A password in a URI is never printed.
    auto shown = [](const QString& location) {
        return ServerAddress::isServerUri(location) ? ServerAddress::withoutPassword(location)
                                                    : QDir::toNativeSeparators(location);
    };
    out << tr("Copied %n opening(s) (%1 rows, every id and uuid kept) from %2 to %3.", "",
              int(copied->openings))
               .arg(QLocale().toString(copied->rows), shown(from), shown(to))
        << '\n';
    return 0;
}

} // namespace debrief::cli
