#include "ExportJsonCommand.h"

#include "CommandLine.h"
#include "RecordArgument.h"

#include "files/OutputPaths.h"
#include "interchange/OpeningExporter.h"
#include "interchange/PrivateFile.h"
#include "storage/Database.h"

namespace debrief::cli {

QString ExportJsonCommand::summary() const {
    return tr("Write one opening and everything about it as JSON");
}

int ExportJsonCommand::run(const QStringList& args, QTextStream& out, QTextStream& err) {
    CommandLine line(name(), summary(),
                     tr("Usage: debrief-cli export-json --db FILE --opening ID [--out FILE]"));
    const QCommandLineOption dbOption = CommandLine::databaseOption();
    const QCommandLineOption openingOption(
        QStringLiteral("opening"), tr("The opening to export: its id in FILE, or its uuid."),
        tr("ID"));
    const QCommandLineOption outOption(
        QStringLiteral("out"), tr("Write the JSON to this file instead of stdout."), tr("FILE"));
    line.parser().addOptions({dbOption, openingOption, outOption});
    if (auto exit = line.parse(args, out, err))
        return *exit;
    if (!line.hasArguments({&dbOption, &openingOption}, 0))
        return line.usageError(err);

    auto db = Database::open(line.value(dbOption), Database::OpenMode::ReadOnly);
    if (!db)
        return fail(err, db.errorMessage());
    if (line.isSet(outOption)) {
        if (Status allowed = OutputPaths::check(line.value(outOption), (*db)->location()); !allowed)
            return fail(err, allowed.errorMessage());
    }
    auto openingId = RecordArgument::opening(**db, line.value(openingOption));
    if (!openingId)
        return fail(err, openingId.errorMessage());
    if (*openingId == kNoRow)
        return line.usageError(
            err,
            tr("--opening takes a number or a uuid, not \"%1\".").arg(line.value(openingOption)));
    auto json = OpeningExporter(**db).exportJson(*openingId);
    if (!json)
        return fail(err, json.errorMessage());
    if (!line.isSet(outOption)) {
        out << QString::fromUtf8(*json);
        return 0;
    }
    if (auto written = PrivateFile::write(line.value(outOption), *json); !written)
        return fail(err, written.errorMessage());
    return 0;
}

} // namespace debrief::cli
