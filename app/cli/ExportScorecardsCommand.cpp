#include "ExportScorecardsCommand.h"

#include "OpeningArgument.h"

#include "interchange/ScorecardPackageExporter.h"
#include "storage/Database.h"
#include "storage/PanelistRepository.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>
#include <QUuid>

namespace debrief::cli {
namespace {

constexpr int kUsageError = 2;

/// The panelist's row id from a row id or a uuid; kNoRow when `given` is
/// neither.
Result<RowId> resolvePanelist(Database& db, const QString& given) {
    bool isNumber = false;
    const RowId id = given.toLongLong(&isNumber);
    if (isNumber)
        return id;
    const QUuid uuid = QUuid::fromString(given);
    if (uuid.isNull())
        return kNoRow;
    auto found = PanelistRepository(db).findByUuid(uuid);
    if (!found)
        return found.error();
    if (!found->has_value())
        return Error{ExportScorecardsCommand::tr("There is no panelist with uuid %1 in %2.")
                         .arg(uuid.toString(QUuid::WithoutBraces), db.location())};
    return (*found)->id;
}

} // namespace

QString ExportScorecardsCommand::summary() const {
    return tr("Write a panelist's submitted scorecards for an opening to a file");
}

int ExportScorecardsCommand::run(const QStringList& args, QTextStream& out, QTextStream& err) {
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    const QCommandLineOption helpOption({QStringLiteral("h"), QStringLiteral("help")},
                                        tr("Show this help."));
    const QCommandLineOption dbOption(QStringLiteral("db"), tr("The Debrief database file."),
                                      tr("FILE"));
    const QCommandLineOption openingOption(
        QStringLiteral("opening"), tr("The opening: its id in FILE, or its uuid."), tr("ID"));
    const QCommandLineOption panelistOption(QStringLiteral("panelist"),
                                            tr("The panelist: their uuid, or their id in FILE."),
                                            tr("UUID"));
    const QCommandLineOption outOption(QStringLiteral("out"), tr("The file to write."),
                                       tr("FILE.json"));
    parser.addOptions({helpOption, dbOption, openingOption, panelistOption, outOption});
    const QString usage = tr("Usage: debrief-cli export-scorecards --db FILE --opening ID "
                             "--panelist UUID|ID --out FILE.json");
    if (!parser.parse(QStringList{name()} + args)) {
        err << parser.errorText() << '\n' << usage << '\n';
        return kUsageError;
    }
    if (parser.isSet(helpOption)) {
        out << usage << "\n\n"
            << summary() << "\n\n"
            << parser.helpText().section(QLatin1Char('\n'), 3);
        return 0;
    }
    if (!parser.isSet(dbOption) || !parser.isSet(openingOption) || !parser.isSet(panelistOption) ||
        !parser.isSet(outOption) || !parser.positionalArguments().isEmpty()) {
        err << usage << '\n';
        return kUsageError;
    }
    auto db = Database::openSqlite(parser.value(dbOption), Database::OpenMode::MustExist);
    if (!db) {
        err << db.errorMessage() << '\n';
        return 1;
    }
    auto openingId = OpeningArgument::resolve(**db, parser.value(openingOption));
    auto panelistId = resolvePanelist(**db, parser.value(panelistOption));
    for (const auto* resolved : {&openingId, &panelistId}) {
        if (!*resolved) {
            err << resolved->errorMessage() << '\n';
            return 1;
        }
    }
    if (*openingId == kNoRow || *panelistId == kNoRow) {
        err << tr("--opening and --panelist take a number or a uuid.") << '\n' << usage << '\n';
        return kUsageError;
    }
    auto document = ScorecardPackageExporter(**db).exportDocument(*openingId, *panelistId);
    if (!document) {
        err << document.errorMessage() << '\n';
        return 1;
    }
    const QString outPath = parser.value(outOption);
    const QByteArray json = document->toJson(QJsonDocument::Indented);
    if (auto written = ScorecardPackageExporter::writeFile(outPath, json); !written) {
        err << written.errorMessage() << '\n';
        return 1;
    }
    const auto count = document->object().value(QStringLiteral("scorecards")).toArray().size();
    out << tr("Wrote %n submitted scorecard(s) to %1", nullptr, int(count)).arg(outPath) << '\n';
    return 0;
}

} // namespace debrief::cli
