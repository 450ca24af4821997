#include "ImportJsonCommand.h"

#include "CommandLine.h"

#include "interchange/OpeningImporter.h"
#include "opening/PanelDirectory.h"
#include "storage/Database.h"

#include <QFile>
#include <QFileInfo>

namespace debrief::cli {
namespace {

/// Removes a database file that this command created for a failed import,
/// with SQLite's side files, so that a failure leaves nothing behind.
void removeCreatedDatabase(const QString& path) {
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
}

} // namespace

QString ImportJsonCommand::summary() const {
    return tr("Read an opening exported with export-json into a database");
}

int ImportJsonCommand::run(const QStringList& args, QTextStream& out, QTextStream& err) {
    CommandLine line(name(), summary(), tr("Usage: debrief-cli import-json --db FILE IN.json"));
    const QCommandLineOption dbOption(
        QStringLiteral("db"), tr("The Debrief database file (created when missing)."), tr("FILE"));
    line.parser().addOption(dbOption);
    line.parser().addPositionalArgument(QStringLiteral("IN.json"), tr("The file to import."));
    if (auto exit = line.parse(args, out, err))
        return *exit;
    if (!line.hasArguments({&dbOption}, 1))
        return line.usageError(err);

    const QString inPath = line.positionalArguments().constFirst();
    auto json = CommandLine::readFile(inPath);
    if (!json)
        return fail(err, json.errorMessage());
    const QString dbPath = line.value(dbOption);
    const bool existed = QFileInfo::exists(dbPath);
    auto db = Database::open(dbPath);
    if (!db)
        return fail(err, db.errorMessage());
    auto imported = OpeningImporter(**db).importJson(*json, inPath);
    if (!imported) {
        if (!existed) {
            const QString location = (*db)->location();
            db->reset();
            removeCreatedDatabase(location);
        }
        return fail(err, imported.errorMessage());
    }
    auto opening = PanelDirectory(**db).opening(*imported);
    if (!opening)
        return fail(err, opening.errorMessage());
    out << tr("Imported opening %1: %2").arg(*imported).arg(opening->title) << '\n';
    return 0;
}

} // namespace debrief::cli
