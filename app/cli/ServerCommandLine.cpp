#include "ServerCommandLine.h"

#include "storage/Database.h"
#include "storage/ServerAddress.h"

namespace debrief::cli {

std::variant<std::unique_ptr<Database>, int>
ServerCommandLine::open(const CommandLine& line, const QCommandLineOption& dbOption,
                        QTextStream& err) {
    const QString location = line.value(dbOption);
    if (!ServerAddress::isServerUri(location))
        return line.usageError(err, tr("Logins, roles and row-level security exist only on a "
                                       "panel server: give --db as "
                                       "postgresql://ADMIN@HOST:PORT/DATABASE."));
    auto db = Database::open(location, Database::OpenMode::MustExist);
    if (!db)
        return fail(err, db.errorMessage());
    return std::move(db).value();
}

} // namespace debrief::cli
