#include "RestoreCommand.h"

#include "CommandLine.h"

#include "storage/Database.h"
#include "storage/DatabaseBackup.h"

#include <QDateTime>

namespace debrief::cli {

QString RestoreCommand::summary() const {
    return tr("Put a backup back in place of a database, keeping a copy of what it replaces");
}

int RestoreCommand::run(const QStringList& args, QTextStream& out, QTextStream& err) {
    CommandLine line(name(), summary(), tr("Usage: debrief-cli restore --db FILE --from BACKUP"));
    const QCommandLineOption dbOption(
        QStringLiteral("db"),
        tr("The database to replace (created when missing). Close it in Debrief first."),
        tr("FILE"));
    const QCommandLineOption fromOption(
        QStringLiteral("from"),
        tr("The backup to restore: a copy made by backup, File › Back Up… or an automatic "
           "copy (FILE.before-….sqlite)."),
        tr("BACKUP"));
    line.parser().addOptions({dbOption, fromOption});
    if (auto exit = line.parse(args, out, err))
        return *exit;
    if (!line.hasArguments({&dbOption, &fromOption}, 0))
        return line.usageError(err);

    const QString database = line.value(dbOption);
    auto kept =
        DatabaseBackup::restore(database, line.value(fromOption), QDateTime::currentDateTimeUtc());
    if (!kept)
        return fail(err, kept.errorMessage());
    // Opening it checks the restored file and brings an older one up to date.
    auto opened = Database::openSqlite(database, Database::OpenMode::MustExist);
    if (!opened)
        return fail(err, opened.errorMessage());
    out << tr("Restored %1 from %2 (schema %3).")
               .arg((*opened)->location(), line.value(fromOption))
               .arg((*opened)->schemaVersion())
        << '\n';
    if (!kept->isEmpty())
        out << tr("What it held before is kept in %1.").arg(*kept) << '\n';
    return 0;
}

} // namespace debrief::cli
