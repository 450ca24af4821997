#include "ExportScorecardsCommand.h"

#include "CommandLine.h"
#include "RecordArgument.h"

#include "files/OutputPaths.h"
#include "interchange/PrivateFile.h"
#include "interchange/ScorecardPackageExporter.h"
#include "storage/Database.h"

#include <QJsonArray>
#include <QJsonObject>

namespace debrief::cli {

QString ExportScorecardsCommand::summary() const {
    return tr("Write a panelist's submitted scorecards for an opening to a file");
}

int ExportScorecardsCommand::run(const QStringList& args, QTextStream& out, QTextStream& err) {
    CommandLine line(name(), summary(),
                     tr("Usage: debrief-cli export-scorecards --db FILE --opening ID "
                        "--panelist UUID|ID --out FILE.json"));
    const QCommandLineOption dbOption = CommandLine::databaseOption();
    const QCommandLineOption openingOption = CommandLine::openingOption();
    const QCommandLineOption panelistOption(QStringLiteral("panelist"),
                                            tr("The panelist: their uuid, or their id in FILE."),
                                            tr("UUID"));
    const QCommandLineOption outOption(QStringLiteral("out"), tr("The file to write."),
                                       tr("FILE.json"));
    line.parser().addOptions({dbOption, openingOption, panelistOption, outOption});
    if (auto exit = line.parse(args, out, err))
        return *exit;
    if (!line.hasArguments({&dbOption, &openingOption, &panelistOption, &outOption}, 0))
        return line.usageError(err);

    auto db = Database::open(line.value(dbOption), Database::OpenMode::ReadOnly);
    if (!db)
        return fail(err, db.errorMessage());
    if (Status allowed = OutputPaths::check(line.value(outOption), (*db)->location()); !allowed)
        return fail(err, allowed.errorMessage());
    auto openingId = RecordArgument::opening(**db, line.value(openingOption));
    if (!openingId)
        return fail(err, openingId.errorMessage());
    auto panelistId = RecordArgument::panelist(**db, line.value(panelistOption));
    if (!panelistId)
        return fail(err, panelistId.errorMessage());
    if (*openingId == kNoRow || *panelistId == kNoRow)
        return line.usageError(err, tr("--opening and --panelist take a number or a uuid."));

    auto document = ScorecardPackageExporter(**db).exportDocument(*openingId, *panelistId);
    if (!document)
        return fail(err, document.errorMessage());
    const QString outPath = line.value(outOption);
    const QByteArray json = document->toJson(QJsonDocument::Indented);
    if (auto written = PrivateFile::write(outPath, json); !written)
        return fail(err, written.errorMessage());
    const auto count = document->object().value(QStringLiteral("scorecards")).toArray().size();
    out << tr("Wrote %n submitted scorecard(s) to %1", nullptr, int(count)).arg(outPath) << '\n';
    return 0;
}

} // namespace debrief::cli
