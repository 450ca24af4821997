#include "ImportScorecardsCommand.h"

#include "CommandLine.h"

#include "interchange/ScorecardPackageImporter.h"
#include "storage/Database.h"

namespace debrief::cli {

QString ImportScorecardsCommand::summary() const {
    return tr("Read a panelist's scorecards file (export-scorecards) into a database");
}

int ImportScorecardsCommand::run(const QStringList& args, QTextStream& out, QTextStream& err) {
    CommandLine line(name(), summary(),
                     tr("Usage: debrief-cli import-scorecards --db FILE IN.json"));
    const QCommandLineOption dbOption = CommandLine::databaseOption();
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
    auto db = Database::open(line.value(dbOption), Database::OpenMode::MustExist);
    if (!db)
        return fail(err, db.errorMessage());
    auto summary = ScorecardPackageImporter(**db).importJson(*json, inPath);
    if (!summary)
        return fail(err, summary.errorMessage());
    for (const QString& conflict : std::as_const(summary->conflicts))
        err << inPath << ": " << tr("conflict: %1").arg(conflict) << '\n';
    const QString counts = tr("inserted %1, unchanged %2, conflicts %3")
                               .arg(summary->inserted.size())
                               .arg(summary->unchanged.size())
                               .arg(summary->conflicts.size());
    if (!summary->written)
        return fail(err,
                    inPath + QStringLiteral(": ") + tr("nothing was imported (%1)").arg(counts));
    out << tr("Imported %1: %2").arg(inPath, counts) << '\n';
    return 0;
}

} // namespace debrief::cli
