#include "BackupCommand.h"

#include "CommandLine.h"

#include "storage/DatabaseBackup.h"

#include <QDateTime>

namespace debrief::cli {

QString BackupCommand::summary() const {
    return tr("Copy a database as it is, also while Debrief has it open");
}

int BackupCommand::run(const QStringList& args, QTextStream& out, QTextStream& err) {
    CommandLine line(name(), summary(), tr("Usage: debrief-cli backup --db FILE [--out COPY]"));
    const QCommandLineOption dbOption = CommandLine::databaseOption();
    const QCommandLineOption outOption(
        QStringLiteral("out"),
        tr("Write the copy here (default: next to FILE, named FILE.backup.TIME.sqlite). An "
           "existing file is not replaced."),
        tr("COPY"));
    line.parser().addOptions({dbOption, outOption});
    if (auto exit = line.parse(args, out, err))
        return *exit;
    if (!line.hasArguments({&dbOption}, 0))
        return line.usageError(err);

    const QString database = line.value(dbOption);
    const QString copy =
        line.isSet(outOption)
            ? line.value(outOption)
            : DatabaseBackup::suggestedPath(database, QDateTime::currentDateTimeUtc());
    if (auto written = DatabaseBackup::backUp(database, copy); !written)
        return fail(err, written.errorMessage());
    out << tr("Backed up %1 to %2 (readable by you only).").arg(database, copy) << '\n';
    return 0;
}

} // namespace debrief::cli
