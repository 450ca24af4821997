#include "ImportScorecardsCommand.h"

#include "interchange/ScorecardPackageImporter.h"
#include "storage/Database.h"

#include <QCommandLineParser>
#include <QFile>

namespace debrief::cli {
namespace {

constexpr int kUsageError = 2;

} // namespace

QString ImportScorecardsCommand::summary() const {
    return tr("Read a panelist's scorecards file (export-scorecards) into a database");
}

int ImportScorecardsCommand::run(const QStringList& args, QTextStream& out, QTextStream& err) {
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    const QCommandLineOption helpOption({QStringLiteral("h"), QStringLiteral("help")},
                                        tr("Show this help."));
    const QCommandLineOption dbOption(QStringLiteral("db"), tr("The Debrief database file."),
                                      tr("FILE"));
    parser.addOptions({helpOption, dbOption});
    parser.addPositionalArgument(QStringLiteral("IN.json"), tr("The file to import."));
    const QString usage = tr("Usage: debrief-cli import-scorecards --db FILE IN.json");
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
    if (!parser.isSet(dbOption) || parser.positionalArguments().size() != 1) {
        err << usage << '\n';
        return kUsageError;
    }
    const QString inPath = parser.positionalArguments().constFirst();
    QFile in(inPath);
    if (!in.open(QIODevice::ReadOnly)) {
        err << tr("Cannot read %1: %2").arg(inPath, in.errorString()) << '\n';
        return 1;
    }
    auto db = Database::openSqlite(parser.value(dbOption), Database::OpenMode::MustExist);
    if (!db) {
        err << db.errorMessage() << '\n';
        return 1;
    }
    auto summary = ScorecardPackageImporter(**db).importJson(in.readAll(), inPath);
    if (!summary) {
        err << summary.errorMessage() << '\n';
        return 1;
    }
    for (const QString& line : std::as_const(summary->conflicts))
        err << inPath << ": " << tr("conflict: %1").arg(line) << '\n';
    const QString counts = tr("inserted %1, unchanged %2, conflicts %3")
                               .arg(summary->inserted.size())
                               .arg(summary->unchanged.size())
                               .arg(summary->conflicts.size());
    if (!summary->written) {
        err << inPath << ": " << tr("nothing was imported (%1)").arg(counts) << '\n';
        return 1;
    }
    out << tr("Imported %1: %2").arg(inPath, counts) << '\n';
    return 0;
}

} // namespace debrief::cli
